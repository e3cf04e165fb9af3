namespace PlanSdk.Corpus;

/// <summary>How a synthetic plan numbers its outline; each is a shape the reference plans use.</summary>
public enum SyntheticLayout
{
    /// <summary><c>一、</c> sections, <c>(一)</c> tasks (Nanning2017, XxCounty2020).</summary>
    SectionsCjkTasks,

    /// <summary><c>一、</c> sections, <c>1.</c>/<c>1、</c>/<c>1．</c> tasks (Shijiazhuang2020).</summary>
    SectionsArabicTasks,

    /// <summary><c>1.</c>/<c>1、</c>/<c>1．</c> tasks and nothing above them (Zibo2024).</summary>
    ArabicTasks,

    /// <summary><c>一、</c> sections, <c>(一)</c> tasks, some of them with <c>(1)</c> items.</summary>
    SectionsTasksArabicItems,

    /// <summary><c>一、</c> sections, <c>(一)</c> subsections, <c>一是</c> items (Zhoushan2019).</summary>
    SectionsSubsectionsItems,

    /// <summary><c>一、</c> sections with <c>一是</c> items straight under them.</summary>
    SectionsItems,
}
