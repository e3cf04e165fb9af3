using PlanSdk.Extraction.Text;

namespace PlanSdk.Extraction.Responsibility;

/// <summary>The words of responsibility clauses: <c>X牵头,Y参与落实</c>, <c>牵头单位:X;配合单位:Y</c>.</summary>
internal static class ResponsibilityWords
{
    /// <summary>Verbs after a list of lead units.</summary>
    public static readonly WordList LeadVerbs = new("分别牵头", "共同牵头", "牵头负责", "牵头", "负责", "主办", "主责");

    /// <summary>Verbs after a list of participant units.</summary>
    public static readonly WordList ParticipantVerbs = new(
        "参与落实", "参与完善", "参与实施", "参与推进", "参与", "配合落实", "配合实施", "配合完成", "配合", "协助落实", "协助",
        "协同落实", "协同推进", "协同", "协办", "共同落实", "共同推进", "按职责分工负责", "按职责分工落实", "按职责落实", "分工负责",
        "负责落实", "具体落实", "抓好落实", "组织落实", "组织实施", "落实");

    /// <summary>Keys of lead units written before their list (<c>牵头单位:</c>).</summary>
    public static readonly WordList LeadKeys = new("牵头单位", "牵头部门", "责任单位", "责任部门", "主办单位", "主责单位", "负责单位", "牵头科室", "责任科室");

    /// <summary>Keys of participant units written before their list (<c>配合单位:</c>).</summary>
    public static readonly WordList ParticipantKeys = new("配合单位", "参与单位", "协办单位", "协助单位", "配合部门", "参与部门", "配合科室", "参与科室");

    /// <summary>Prefixes that place a unit (<c>委</c>, <c>市</c>, <c>县</c>…); one written before a list applies to every item lacking one.</summary>
    public static readonly WordList ScopePrefixes = new("自治区", "国家", "中央", "街道", "省", "市", "县", "区", "委", "局", "镇", "乡", "州", "盟", "旗", "各");

    /// <summary>Words that make a unit phrase name a group of units (<c>委机关各相关科室</c>).</summary>
    public static readonly WordList CollectiveWords = new("各", "相关", "有关", "成员单位", "所属");

    /// <summary>Endings of unit names, used to tell a list joined by <c>和</c> from a name containing it.</summary>
    public static readonly WordList UnitEndings = new(
        "科", "处", "室", "办", "局", "委", "厅", "部", "中心", "院", "会", "站", "所", "队", "组", "司", "署", "府", "馆", "校", "公司");

}
