using System.Reflection;
using UglyToad.PdfPig.PdfFonts;

namespace ReportIngest.Extract.Pdf.Reading;

/// <summary>
/// The advance width of a composite (Type 0) font's character code exactly as PdfPig puts it in the code's
/// <see cref="CharacterBoundingBox.Width"/>: the CIDFont's /W (or /DW) width of the code's CID, over 1000. PdfPig
/// gives that width only together with the glyph's outline box, and for an embedded TrueType font the box means
/// parsing every glyph outline of the font: over 40 corpus reports a fifth of all allocation and about 6 % of the
/// CPU, for boxes the extraction reads only for letters set sideways (<see cref="Text.GlyphReader.UsesGlyphBox"/>).
/// </summary>
/// <remarks>
/// PdfPig keeps its font types internal, so the two lookups are bound by name once per font. If a PdfPig version
/// renames them, <see cref="For"/> returns null and letters take PdfPig's boxes as before: slower, never different
/// (DirectPageReaderTests checks that this path is the one taken).
/// </remarks>
internal static class CompositeFontWidths
{
    private static readonly Type? Type0Font = typeof(IFont).Assembly.GetType("UglyToad.PdfPig.PdfFonts.Composite.Type0Font");
    private static readonly PropertyInfo? CidFontProperty = Type0Font?.GetProperty("CidFont");
    private static readonly PropertyInfo? CMapProperty = Type0Font?.GetProperty("CMap");
    private static readonly MethodInfo? ConvertToCid = CMapProperty?.PropertyType.GetMethod("ConvertToCid", [typeof(int)]);
    private static readonly MethodInfo? WidthFromDictionary = CidFontProperty?.PropertyType.GetMethod("GetWidthFromDictionary", [typeof(int)]);

    /// <summary>Whether PdfPig's composite font members were found (false means every box comes from PdfPig).</summary>
    public static bool Available => ConvertToCid is { ReturnType: var cid } && cid == typeof(int)
        && WidthFromDictionary is { ReturnType: var width } && width == typeof(double);

    /// <summary>The code-to-width function of <paramref name="font"/>, or null when it is not a composite font.</summary>
    public static Func<int, double>? For(IFont font)
    {
        if (!Available || font.GetType() != Type0Font) return null;
        if (CMapProperty!.GetValue(font) is not { } cmap || CidFontProperty!.GetValue(font) is not { } cidFont) return null;
        var toCid = ConvertToCid!.CreateDelegate<Func<int, int>>(cmap);
        var width = WidthFromDictionary!.CreateDelegate<Func<int, double>>(cidFont);
        return code => width(toCid(code)) / 1000.0;
    }
}
