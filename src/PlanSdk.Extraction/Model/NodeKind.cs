namespace PlanSdk.Extraction;

/// <summary>The role of an outline node.</summary>
public enum NodeKind
{
    /// <summary>The text before the first numbered node (path <c>""</c>).</summary>
    Root,

    /// <summary>A part or section: a node that holds other numbered nodes.</summary>
    Section,

    /// <summary>A task: a node of the innermost numbered level, or a node with no children.</summary>
    Task,
}
