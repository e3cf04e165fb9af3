namespace PlanSdk;

/// <summary>The role of a node in a plan's outline.</summary>
public enum PlanNodeKind
{
    /// <summary>The text before the first numbered heading (path <c>""</c>); a plan lists it only when it holds targets.</summary>
    Root,

    /// <summary>A part or section: a numbered node above the innermost level.</summary>
    Section,

    /// <summary>A task: a node of the innermost numbered level, or a numbered node with no children.</summary>
    Task,
}
