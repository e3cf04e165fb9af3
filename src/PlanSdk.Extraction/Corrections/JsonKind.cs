namespace PlanSdk.Extraction.Corrections;

/// <summary>The kinds of JSON value.</summary>
internal enum JsonKind
{
    /// <summary><c>null</c>.</summary>
    Null,

    /// <summary><c>true</c> or <c>false</c>.</summary>
    Boolean,

    /// <summary>A number, read as a decimal.</summary>
    Number,

    /// <summary>A string.</summary>
    String,

    /// <summary>An array of values.</summary>
    Array,

    /// <summary>An object: properties with distinct names, in file order.</summary>
    Object,
}
