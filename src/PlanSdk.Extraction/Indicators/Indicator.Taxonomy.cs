using System;
using System.Collections.Generic;

namespace PlanSdk;

/// <summary>The well-known indicators: the taxonomy, and the glossary by which the engine names targets.</summary>
/// <remarks>
/// To add an indicator: a property here, its <see cref="Name"/> from <c>nameof</c>, the indicator it
/// is a kind of (defined above it), and the words plans write for it. A target whose indicator ends
/// with a word (<c>全人群签约率</c> ends with <c>签约率</c>) measures that indicator; the longest word wins.
/// All static state of <see cref="Indicator"/> lives in this file, so it initialises in this order.
/// </remarks>
public sealed partial class Indicator
{
    private static readonly List<Indicator> Defined = new();

    /// <summary><c>签约率</c>: the share of residents signed up with a family doctor.</summary>
    public static Indicator SigningRate { get; } = Define(nameof(SigningRate), null, "签约率");

    /// <summary><c>老年人签约率</c>: the signing rate of older people.</summary>
    public static Indicator ElderlySigningRate { get; } = Define(nameof(ElderlySigningRate), SigningRate, "老年人签约率");

    /// <summary><c>重点人群签约率</c>, <c>重点人群签约服务覆盖率</c>: the signing rate of priority groups (older people, chronic patients, mothers and children…).</summary>
    public static Indicator PriorityGroupSigningRate { get; } = Define(nameof(PriorityGroupSigningRate), SigningRate, "重点人群签约率", "重点人群签约服务覆盖率");

    /// <summary><c>家庭医生签约率</c>: the family-doctor signing rate.</summary>
    public static Indicator FamilyDoctorSigningRate { get; } = Define(nameof(FamilyDoctorSigningRate), SigningRate, "家庭医生签约率");

    /// <summary><c>签约服务覆盖率</c>: the coverage of signed family-doctor services.</summary>
    public static Indicator SigningCoverageRate { get; } = Define(nameof(SigningCoverageRate), SigningRate, "签约服务覆盖率");

    /// <summary><c>满意率</c>: the share of people satisfied.</summary>
    public static Indicator SatisfactionRate { get; } = Define(nameof(SatisfactionRate), null, "满意率");

    /// <summary><c>签约群众满意率</c>: the satisfaction of signed residents.</summary>
    public static Indicator SigningSatisfactionRate { get; } = Define(nameof(SigningSatisfactionRate), SatisfactionRate, "签约群众满意率");

    /// <summary><c>死亡率</c>: a mortality rate.</summary>
    public static Indicator MortalityRate { get; } = Define(nameof(MortalityRate), null, "死亡率");

    /// <summary><c>婴儿死亡率</c>: infant mortality.</summary>
    public static Indicator InfantMortalityRate { get; } = Define(nameof(InfantMortalityRate), MortalityRate, "婴儿死亡率");

    /// <summary><c>新生儿死亡率</c>: neonatal mortality.</summary>
    public static Indicator NeonatalMortalityRate { get; } = Define(nameof(NeonatalMortalityRate), MortalityRate, "新生儿死亡率");

    /// <summary><c>孕产妇死亡率</c>: maternal mortality.</summary>
    public static Indicator MaternalMortalityRate { get; } = Define(nameof(MaternalMortalityRate), MortalityRate, "孕产妇死亡率");

    /// <summary><c>儿童死亡率</c>: child mortality.</summary>
    public static Indicator ChildMortalityRate { get; } = Define(nameof(ChildMortalityRate), MortalityRate, "儿童死亡率");

    /// <summary><c>5岁以下儿童死亡率</c>: under-five mortality.</summary>
    public static Indicator UnderFiveMortalityRate { get; } = Define(nameof(UnderFiveMortalityRate), ChildMortalityRate, "5岁以下儿童死亡率");

    /// <summary><c>病死率</c>: the case fatality rate.</summary>
    public static Indicator CaseFatalityRate { get; } = Define(nameof(CaseFatalityRate), null, "病死率");

    /// <summary><c>发病率</c>: an incidence rate.</summary>
    public static Indicator IncidenceRate { get; } = Define(nameof(IncidenceRate), null, "发病率");

    /// <summary><c>报告发病率</c>: the reported incidence.</summary>
    public static Indicator ReportedIncidenceRate { get; } = Define(nameof(ReportedIncidenceRate), IncidenceRate, "报告发病率");

    /// <summary><c>传染病发病率</c>: the incidence of notifiable infectious diseases.</summary>
    public static Indicator InfectiousDiseaseIncidenceRate { get; } = Define(nameof(InfectiousDiseaseIncidenceRate), IncidenceRate, "传染病发病率");

    /// <summary><c>近视发病率</c>: the incidence of myopia.</summary>
    public static Indicator MyopiaIncidenceRate { get; } = Define(nameof(MyopiaIncidenceRate), IncidenceRate, "近视发病率");

    /// <summary><c>患病率</c>: a prevalence rate.</summary>
    public static Indicator PrevalenceRate { get; } = Define(nameof(PrevalenceRate), null, "患病率");

    /// <summary><c>接种率</c>, <c>疫苗接种率</c>: a vaccination rate.</summary>
    public static Indicator VaccinationRate { get; } = Define(nameof(VaccinationRate), null, "接种率", "疫苗接种率");

    /// <summary><c>免疫规划疫苗接种率</c>: the coverage of the national immunisation programme.</summary>
    public static Indicator ImmunizationRate { get; } = Define(nameof(ImmunizationRate), VaccinationRate, "免疫规划疫苗接种率");

    /// <summary><c>全程接种率</c>: the rate of complete vaccination.</summary>
    public static Indicator FullVaccinationRate { get; } = Define(nameof(FullVaccinationRate), VaccinationRate, "全程接种率");

    /// <summary><c>管理率</c>: the share of a group under health management.</summary>
    public static Indicator ManagementRate { get; } = Define(nameof(ManagementRate), null, "管理率");

    /// <summary><c>规范管理率</c>: the share under standardised management.</summary>
    public static Indicator StandardManagementRate { get; } = Define(nameof(StandardManagementRate), ManagementRate, "规范管理率");

    /// <summary><c>健康管理率</c>: the health-management rate.</summary>
    public static Indicator HealthManagementRate { get; } = Define(nameof(HealthManagementRate), ManagementRate, "健康管理率");

    /// <summary><c>患者管理率</c>: the share of patients under management.</summary>
    public static Indicator PatientManagementRate { get; } = Define(nameof(PatientManagementRate), ManagementRate, "患者管理率");

    /// <summary><c>高血压患者规范管理率</c>: the standardised management of hypertension patients.</summary>
    public static Indicator HypertensionManagementRate { get; } = Define(nameof(HypertensionManagementRate), StandardManagementRate, "高血压患者规范管理率");

    /// <summary><c>糖尿病患者规范管理率</c>: the standardised management of diabetes patients.</summary>
    public static Indicator DiabetesManagementRate { get; } = Define(nameof(DiabetesManagementRate), StandardManagementRate, "糖尿病患者规范管理率");

    /// <summary><c>覆盖率</c>: a coverage rate.</summary>
    public static Indicator CoverageRate { get; } = Define(nameof(CoverageRate), null, "覆盖率");

    /// <summary><c>筛查覆盖率</c>: screening coverage.</summary>
    public static Indicator ScreeningCoverageRate { get; } = Define(nameof(ScreeningCoverageRate), CoverageRate, "筛查覆盖率");

    /// <summary><c>就诊率</c>: the share of visits made somewhere.</summary>
    public static Indicator VisitRate { get; } = Define(nameof(VisitRate), null, "就诊率");

    /// <summary><c>县域内就诊率</c>: the share of patients treated within the county.</summary>
    public static Indicator CountyVisitRate { get; } = Define(nameof(CountyVisitRate), VisitRate, "县域内就诊率");

    /// <summary><c>基层就诊率</c>: the share of visits to primary care.</summary>
    public static Indicator PrimaryCareVisitRate { get; } = Define(nameof(PrimaryCareVisitRate), VisitRate, "基层就诊率");

    /// <summary><c>满意度</c>: a satisfaction score.</summary>
    public static Indicator Satisfaction { get; } = Define(nameof(Satisfaction), null, "满意度");

    /// <summary><c>综合满意度</c>: overall satisfaction.</summary>
    public static Indicator OverallSatisfaction { get; } = Define(nameof(OverallSatisfaction), Satisfaction, "综合满意度");

    /// <summary><c>达标率</c>: the share meeting a standard.</summary>
    public static Indicator ComplianceRate { get; } = Define(nameof(ComplianceRate), null, "达标率");

    /// <summary><c>建成率</c>, <c>完成率</c>: the share built or completed.</summary>
    public static Indicator CompletionRate { get; } = Define(nameof(CompletionRate), null, "建成率", "完成率");

    /// <summary><c>整改率</c>: the share of problems rectified.</summary>
    public static Indicator RectificationRate { get; } = Define(nameof(RectificationRate), null, "整改率");

    /// <summary><c>救治率</c>: the share of patients treated.</summary>
    public static Indicator TreatmentRate { get; } = Define(nameof(TreatmentRate), null, "救治率");

    /// <summary><c>治愈率</c>: the cure rate.</summary>
    public static Indicator CureRate { get; } = Define(nameof(CureRate), null, "治愈率");

    /// <summary><c>检出率</c>: the detection rate.</summary>
    public static Indicator DetectionRate { get; } = Define(nameof(DetectionRate), null, "检出率");

    /// <summary><c>婚检率</c>: the premarital check-up rate.</summary>
    public static Indicator PremaritalCheckRate { get; } = Define(nameof(PremaritalCheckRate), null, "婚检率");

    /// <summary><c>知晓率</c>: the awareness rate.</summary>
    public static Indicator AwarenessRate { get; } = Define(nameof(AwarenessRate), null, "知晓率");

    /// <summary><c>注册率</c>: the registration rate.</summary>
    public static Indicator RegistrationRate { get; } = Define(nameof(RegistrationRate), null, "注册率");

    /// <summary><c>启动率</c>: the share of work started.</summary>
    public static Indicator LaunchRate { get; } = Define(nameof(LaunchRate), null, "启动率");

    /// <summary><c>结算率</c>: the share of bills settled a given way.</summary>
    public static Indicator SettlementRate { get; } = Define(nameof(SettlementRate), null, "结算率");

    /// <summary><c>门诊智慧结算率</c>: the share of outpatient bills settled digitally.</summary>
    public static Indicator OutpatientSmartSettlementRate { get; } = Define(nameof(OutpatientSmartSettlementRate), SettlementRate, "门诊智慧结算率");

    /// <summary><c>病房智慧结算率</c>: the share of ward bills settled digitally.</summary>
    public static Indicator WardSmartSettlementRate { get; } = Define(nameof(WardSmartSettlementRate), SettlementRate, "病房智慧结算率");

    /// <summary><c>预约率</c>, <c>预约诊疗率</c>: the share of visits booked in advance.</summary>
    public static Indicator AppointmentRate { get; } = Define(nameof(AppointmentRate), null, "预约率", "预约诊疗率");

    /// <summary><c>使用率</c>: a usage rate.</summary>
    public static Indicator UsageRate { get; } = Define(nameof(UsageRate), null, "使用率");

    /// <summary><c>使用比例</c>: the share used.</summary>
    public static Indicator UsageShare { get; } = Define(nameof(UsageShare), null, "使用比例");

    /// <summary><c>回收率</c>: the recovery rate.</summary>
    public static Indicator RecoveryRate { get; } = Define(nameof(RecoveryRate), null, "回收率");

    /// <summary><c>建档率</c>: the share with a health record.</summary>
    public static Indicator RecordRate { get; } = Define(nameof(RecordRate), null, "建档率");

    /// <summary><c>公有化率</c>: the share publicly owned.</summary>
    public static Indicator PublicOwnershipRate { get; } = Define(nameof(PublicOwnershipRate), null, "公有化率");

    /// <summary><c>剖宫产率</c>: the caesarean-section rate.</summary>
    public static Indicator CesareanRate { get; } = Define(nameof(CesareanRate), null, "剖宫产率");

    /// <summary><c>占比</c>: a share of a total.</summary>
    public static Indicator Share { get; } = Define(nameof(Share), null, "占比");

    /// <summary><c>药占比</c>: the share of drugs in medical income.</summary>
    public static Indicator DrugShare { get; } = Define(nameof(DrugShare), Share, "药占比");

    /// <summary><c>耗材占比</c>: the share of consumables in medical income.</summary>
    public static Indicator ConsumablesShare { get; } = Define(nameof(ConsumablesShare), Share, "耗材占比");

    /// <summary><c>比例</c>: a proportion.</summary>
    public static Indicator Proportion { get; } = Define(nameof(Proportion), null, "比例");

    /// <summary><c>增幅</c>, <c>增长幅度</c>: a growth rate.</summary>
    public static Indicator GrowthRate { get; } = Define(nameof(GrowthRate), null, "增幅", "增长幅度");

    /// <summary><c>年均增幅</c>: the average annual growth.</summary>
    public static Indicator AverageAnnualGrowth { get; } = Define(nameof(AverageAnnualGrowth), GrowthRate, "年均增幅");

    /// <summary><c>费用增长幅度</c>: the growth of costs.</summary>
    public static Indicator CostGrowth { get; } = Define(nameof(CostGrowth), GrowthRate, "费用增长幅度");

    /// <summary><c>医疗费用增长幅度</c>: the growth of medical costs.</summary>
    public static Indicator MedicalCostGrowth { get; } = Define(nameof(MedicalCostGrowth), CostGrowth, "医疗费用增长幅度");

    /// <summary><c>次均费用增幅</c>: the growth of the cost per visit.</summary>
    public static Indicator CostPerVisitGrowth { get; } = Define(nameof(CostPerVisitGrowth), CostGrowth, "次均费用增幅");

    /// <summary><c>门诊次均费用增幅</c>: the growth of the cost per outpatient visit.</summary>
    public static Indicator OutpatientCostPerVisitGrowth { get; } = Define(nameof(OutpatientCostPerVisitGrowth), CostPerVisitGrowth, "门诊次均费用增幅");

    /// <summary><c>住院次均费用增幅</c>: the growth of the cost per inpatient stay.</summary>
    public static Indicator InpatientCostPerVisitGrowth { get; } = Define(nameof(InpatientCostPerVisitGrowth), CostPerVisitGrowth, "住院次均费用增幅");

    /// <summary><c>健康素养水平</c>: the share of residents with health literacy.</summary>
    public static Indicator HealthLiteracyLevel { get; } = Define(nameof(HealthLiteracyLevel), null, "健康素养水平");

    /// <summary><c>预期寿命</c>, <c>人均预期寿命</c>: life expectancy.</summary>
    public static Indicator LifeExpectancy { get; } = Define(nameof(LifeExpectancy), null, "预期寿命", "人均预期寿命");

    /// <summary><c>性别比</c>: a sex ratio.</summary>
    public static Indicator SexRatio { get; } = Define(nameof(SexRatio), null, "性别比");

    /// <summary><c>出生人口性别比</c>: the sex ratio at birth.</summary>
    public static Indicator SexRatioAtBirth { get; } = Define(nameof(SexRatioAtBirth), SexRatio, "出生人口性别比");

    /// <summary><c>床位数</c>: a number of hospital beds.</summary>
    public static Indicator Beds { get; } = Define(nameof(Beds), null, "床位数");

    /// <summary><c>每千人口床位数</c>: beds per thousand residents.</summary>
    public static Indicator BedsPerThousand { get; } = Define(nameof(BedsPerThousand), null, "每千人口床位数");

    /// <summary><c>医师数</c>: a number of physicians.</summary>
    public static Indicator Physicians { get; } = Define(nameof(Physicians), null, "医师数");

    /// <summary><c>执业医师数</c>: the number of licensed physicians.</summary>
    public static Indicator LicensedPhysicians { get; } = Define(nameof(LicensedPhysicians), Physicians, "执业医师数");

    /// <summary><c>全科医生数</c>: the number of general practitioners.</summary>
    public static Indicator GeneralPractitioners { get; } = Define(nameof(GeneralPractitioners), Physicians, "全科医生数");

    /// <summary><c>护士数</c>: the number of nurses.</summary>
    public static Indicator Nurses { get; } = Define(nameof(Nurses), null, "护士数");

    /// <summary><c>住院日</c>: the length of a hospital stay.</summary>
    public static Indicator LengthOfStay { get; } = Define(nameof(LengthOfStay), null, "住院日");

    /// <summary><c>平均住院日</c>: the average length of stay.</summary>
    public static Indicator AverageLengthOfStay { get; } = Define(nameof(AverageLengthOfStay), LengthOfStay, "平均住院日");

    /// <summary><c>资金</c>: money allocated.</summary>
    public static Indicator Funds { get; } = Define(nameof(Funds), null, "资金");

    /// <summary><c>经费</c>: funding for work.</summary>
    public static Indicator Funding { get; } = Define(nameof(Funding), Funds, "经费");

    /// <summary><c>专项资金</c>: earmarked funds.</summary>
    public static Indicator SpecialFunds { get; } = Define(nameof(SpecialFunds), Funds, "专项资金");

    /// <summary><c>投资</c>, <c>投入</c>: investment.</summary>
    public static Indicator Investment { get; } = Define(nameof(Investment), null, "投资", "投入");

    /// <summary>Every well-known indicator, broader ones before the kinds of them.</summary>
    public static IReadOnlyList<Indicator> All { get; } = Defined.ToArray();

    private static Indicator Define(string name, Indicator? broader, params string[] words)
    {
        var indicator = new Indicator(name, broader, words);
        Defined.Add(indicator);
        return indicator;
    }

    /// <summary>The well-known indicators by name, built once all of them are.</summary>
    private static class Taxonomy
    {
        public static readonly Dictionary<string, Indicator> ByName = Build();

        private static Dictionary<string, Indicator> Build()
        {
            var byName = new Dictionary<string, Indicator>(StringComparer.Ordinal);
            foreach (var indicator in All)
            {
                byName.Add(indicator.Name, indicator);
            }

            return byName;
        }
    }
}
