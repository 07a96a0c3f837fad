using System.Text.Json.Serialization;

namespace ReportIngest.Core.Extraction;

/// <summary>One element in reading order: a line of running text or a grid of cells.</summary>
[JsonPolymorphic(TypeDiscriminatorPropertyName = "kind")]
[JsonDerivedType(typeof(TextLine), "text")]
[JsonDerivedType(typeof(Grid), "grid")]
public abstract record PageElement
{
    /// <summary>1-based page, or null for text input that has no pages.</summary>
    public int? Page { get; init; }

    /// <summary>1-based line in the source text, where the input is text.</summary>
    public int? Line { get; init; }
}
