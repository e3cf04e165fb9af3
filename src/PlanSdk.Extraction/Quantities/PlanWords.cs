using PlanSdk.Extraction.Text;

namespace PlanSdk.Extraction.Quantities;

/// <summary>
/// Word lists of how plans state figures: the verbs that set a figure as a predicate
/// (<c>达到</c>, <c>控制在</c>), the scope and time words that frame a clause (<c>全市</c>,
/// <c>年内</c>), the cues of reported figures (<c>截至</c>, <c>累计</c>) and of output counts.
/// Each list tries its longest word first, so that a longer word wins over its prefix.
/// </summary>
internal static class PlanWords
{
    /// <summary>Verbs that take the figure as their object: the measured thing stands before them (<c>签约率达61%</c>).</summary>
    public static readonly WordList PredicateVerbs = new(
        "达到", "达", "提高到", "提高至", "提高为", "提升到", "提升至", "增加到", "增加至", "增至", "增长到", "增长至", "降至", "降低到",
        "降低至", "下降到", "下降至", "减少到", "减少至", "减至", "控制在", "稳定在", "保持在", "维持在", "压缩至", "压缩到", "缩短至",
        "缩短到", "缩短为", "为", "是", "至", "到", "占", "达成", "突破", "超", "下降", "降低", "减少", "增长", "提高", "提升", "增加",
        "缩短", "压缩", "上升", "扩大");

    /// <summary>Particles and adverbs that end a phrase before the figure without naming anything (<c>分别</c>, <c>均</c>, <c>的</c>).</summary>
    public static readonly WordList TrailingParticles = new(
        "的", "各", "和", "及", "与", "、", "共", "计", "仅", "只", "已", "均", "都", "将", "也", "还", "再", "分别", "累计", "力争", "要",
        "需", "应", "需要", "应当", "确保", "争取");

    /// <summary>Words that, straight after a quantity, show that the measured thing came before it (<c>80%达到基本标准</c>).</summary>
    public static readonly WordList VerbsAfterQuantity = new(
        "达到", "达", "来自", "实现", "完成", "开展", "建成", "参加", "参与", "纳入", "具备", "通过", "覆盖", "提供", "享受", "接受",
        "可", "能", "要", "应", "将", "已", "全部", "均", "都", "培训", "进行", "获得", "得到", "为", "是", "在", "用于", "落实",
        "达标", "建立", "实行", "开通", "上传", "参训", "受益", "以上", "以下", "左右", "及时", "按时", "得以", "被", "由", "每");

    /// <summary>Scope, time, modal and function words that frame a clause without naming what is measured.</summary>
    public static readonly WordList FramingWords = new(
        "全市", "全县", "全区", "全省", "全国", "全州", "全旗", "全盟", "市本级", "各地", "年内", "年底前", "年底", "今年", "当年", "全年",
        "上半年", "下半年", "年度内", "目前", "截至目前", "截止目前", "今年以来", "到年底", "同期", "每年", "力争", "确保", "努力",
        "争取", "进一步", "逐步", "全面", "基本", "持续", "继续", "累计", "共计", "共", "其中", "重点", "切实", "积极", "大力", "着力",
        "稳步", "有效", "及时", "成功", "再", "还", "已经", "已", "均", "都", "要", "将", "可", "能", "应", "对", "为", "把", "在",
        "向", "给", "与", "和", "及", "由", "从", "以", "按", "使", "让", "于", "并", "又", "新", "计划", "预计", "拟", "每", "各",
        "截至", "截止", "到", "至", "至少", "最少", "最多", "不少于", "不低于", "不超过", "超过");

    /// <summary>
    /// Nouns that begin with a framing word and are not framed by it: <c>重点</c> frames
    /// <c>重点推进…</c> but is part of the noun in <c>重点人群签约服务覆盖率</c>.
    /// </summary>
    public static readonly WordList FramingWordNouns = new(
        "重点人群", "重点人员", "重点人口", "重点对象", "重点专科", "重点学科", "重点项目", "重点场所", "重点单位", "重点领域",
        "重点地区", "重点区域", "重点岗位", "重点行业", "重点疾病", "重点传染病", "重点实验室");

    /// <summary>Prepositions that open a framing phrase rather than name a thing (<c>根据…情况</c>, <c>按照…要求</c>).</summary>
    public static readonly WordList FramePrepositions = new(
        "根据", "按照", "依据", "围绕", "针对", "通过", "结合", "对照", "依托", "立足", "为了", "随着", "经过", "在");

    /// <summary>Verbs of doing, which a clause may begin with before naming its object after the number.</summary>
    public static readonly WordList ActionVerbs = new(
        "完成", "建成", "新建", "新增", "建设", "创建", "打造", "培树", "培育", "建立", "设立", "组建", "成立", "举办", "开展", "组织",
        "培训", "培养", "招聘", "招录", "引进", "选派", "委派", "遴选", "配置", "配备", "实现", "增加", "减少", "推动", "推进", "指导",
        "支持", "安排", "救治", "抢救", "查处", "处置", "提供", "覆盖", "获批", "获得", "进行", "召开", "启动", "实施", "落实", "升级",
        "扩大", "开通", "购买", "发放", "征集", "确定", "开设", "新设", "改造", "提升", "提高", "创成", "评选", "命名", "认定", "验收",
        "投入", "新招", "补充", "接受", "派出", "派驻", "帮扶", "资助", "惠及", "连接", "拥有", "筛查", "举行", "达到",
        "达", "增设", "新开", "建", "办", "开发", "研发", "制定", "出台", "印发", "修订", "发布", "争创", "创");

    /// <summary>Words in a clause that report a figure already achieved.</summary>
    public static readonly WordList ActualCues = new(
        "截至", "截止", "累计", "已经", "已", "共计", "共有", "现有", "目前", "去年", "上年", "同比", "较上年", "较去年", "比上年",
        "完成了", "实现了", "达到了", "提高了", "增长了", "下降了", "建成了", "今年以来");

    /// <summary>Verbs that, straight before a CJK count, make it an output figure (<c>新增四个试点</c>).</summary>
    public static readonly WordList OutputVerbs = new(
        "新增", "新建", "建成", "创建", "增加", "增加到", "增至", "达到", "达", "培训", "培养", "招聘", "引进", "举办", "完成", "实现",
        "配备", "配置", "设立", "组建", "成立", "新设", "开设", "开通", "选派", "派出", "创成");

    /// <summary>Words of a heading that make its part a report of the past (<c>上半年工作总结</c>).</summary>
    public static readonly WordList SummaryHeadingWords = new(
        "总结", "成效", "完成情况", "进展情况", "工作回顾", "回顾", "主要成绩", "取得的成绩", "工作开展情况", "落实情况", "执行情况",
        "基本情况", "工作情况", "主要工作及成效", "工作成果");

    /// <summary>
    /// Words of a heading that open the plan part of a summary-and-plan document (<c>下半年工作打算</c>,
    /// <c>2024年工作计划</c>): figures there are goals again, whatever the document's title says.
    /// </summary>
    public static readonly WordList PlanPartHeadingWords = new(
        "工作计划", "工作安排", "工作思路", "工作打算", "工作要点", "年度计划", "下半年", "下一步", "下步", "明年", "下一年");
}
