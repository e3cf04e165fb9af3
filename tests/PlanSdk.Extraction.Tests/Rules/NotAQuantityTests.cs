using System.Linq;
using PlanSdk.Extraction.Tests.Support;
using Xunit;

namespace PlanSdk.Extraction.Tests.Rules;

/// <summary>Numbers that are not quantities (spec §2) never become targets.</summary>
public sealed class NotAQuantityTests
{
    [Theory]
    [InlineData("2020年4月7日召开会议。")]
    [InlineData("获2018年度健康浙江建设优秀等次。")]
    [InlineData("落实《母婴安全行动提升计划(2021-2025年)》。")]
    [InlineData("组织落实《区域卫生规划(2021-2025)》。")]
    [InlineData("落实(桂人社发〔2015〕37号)文件。")]
    [InlineData("按照《社区卫生服务中心建设标准》(建标163-2013)要求建设。")]
    [InlineData("遴选第三批中医专家。")]
    [InlineData("深入开展第31个爱国卫生月活动。")]
    [InlineData("利用第四轮示范区建设契机。")]
    [InlineData("大力实施“三减三健”专项行动。")]
    [InlineData("推动形成“1+X”用药模式。")]
    [InlineData("全面推广6S管理。")]
    [InlineData("加强12320卫生健康热线建设。")]
    [InlineData("做好H7N9等疾病防控。")]
    [InlineData("抓好“十四五”卫生健康规划编制。")]
    [InlineData("列入自贸区“131+X”专项工作。")]
    [InlineData("联系电话010-82319999。")]
    [InlineData("全面实施二级以上公立医院绩效考核。")]
    [InlineData("完成所有二级综合医院等级评审工作。")]
    [InlineData("深入推进三级医院对口帮扶。")]
    [InlineData("县人民医院做好申报三级乙等医院评审准备。")]
    [InlineData("启动实施基层卫生健康提质提效三年行动。")]
    [InlineData("上半年组织召开全市人才工作会议。")]
    [InlineData("贯彻党的十九大和十九届四中全会精神。")]
    [InlineData("贯彻市委七届七次全会精神。")]
    [InlineData("组织开展建国70周年庆祝活动。")]
    [InlineData("推进新一轮机构标准化建设。")]
    [InlineData("谋划落地一件实事。")]
    [InlineData("持续开展“千名中医进基层行动”。")]
    [InlineData("9月底前完成新平台试运行。")]
    [InlineData("健全“健康舟山2030行动”。")]
    [InlineData("市二院顺利完成新址搬迁。")]
    public void Number_InNameDateOrOrdinal_IsNoTarget(string body)
    {
        var targets = Extract.Targets(body);

        Assert.True(targets.Count == 0, $"'{body}' gave {string.Join(", ", targets.Select(t => t.Written))}");
    }
}
