using System.Collections;
using System.Reflection;
using UglyToad.PdfPig.PdfFonts;

namespace ReportIngest.Extract.Pdf.Reading;

/// <summary>
/// What the reader takes from a composite (Type 0) font without PdfPig's per-character machinery, each value exactly as
/// PdfPig computes it:
/// <list type="bullet">
/// <item>the advance width of a character code, as PdfPig puts it in <see cref="CharacterBoundingBox.Width"/>: the
/// CIDFont's /W (or /DW) width of the code's CID, over 1000. PdfPig gives that width only together with the glyph's
/// outline box, and for an embedded TrueType font the box means parsing the glyph outlines of the font: over 40 corpus
/// reports 7 % of all allocation and about 6 % of the CPU, for boxes the extraction reads only for letters set sideways
/// (<see cref="Text.GlyphReader.UsesGlyphBox"/>);</item>
/// <item>whether its CMap reads every code as two bytes (Identity-H and any CMap with the one codespace range
/// &lt;0000&gt; &lt;FFFF&gt;), which PdfPig's <c>CMap.ReadCode</c> does allocating an array per character.</item>
/// </list>
/// </summary>
/// <remarks>
/// PdfPig keeps its font types internal, so the members are bound by name once per font. If a PdfPig version renames
/// them, <see cref="For"/> returns null and letters take PdfPig's codes and boxes as before: slower, never different
/// (DirectPageReaderTests checks that this path is the one taken).
/// </remarks>
internal sealed class CompositeFont
{
    private static readonly Type? Type0Font = typeof(IFont).Assembly.GetType("UglyToad.PdfPig.PdfFonts.Composite.Type0Font");
    private static readonly PropertyInfo? CidFontProperty = Type0Font?.GetProperty("CidFont");
    private static readonly PropertyInfo? CMapProperty = Type0Font?.GetProperty("CMap");
    private static readonly MethodInfo? ConvertToCid = CMapProperty?.PropertyType.GetMethod("ConvertToCid", [typeof(int)]);
    private static readonly PropertyInfo? CodespaceRanges = CMapProperty?.PropertyType.GetProperty("CodespaceRanges");
    private static readonly MethodInfo? WidthFromDictionary = CidFontProperty?.PropertyType.GetMethod("GetWidthFromDictionary", [typeof(int)]);

    private readonly Func<int, int> _toCid;
    private readonly Func<int, double> _widthOfCid;

    private CompositeFont(Func<int, int> toCid, Func<int, double> widthOfCid, bool twoByteCodes)
    {
        _toCid = toCid;
        _widthOfCid = widthOfCid;
        TwoByteCodes = twoByteCodes;
    }

    /// <summary>Whether PdfPig's composite font members were found (false means every value comes from PdfPig as before).</summary>
    public static bool Available => ConvertToCid?.ReturnType == typeof(int) && WidthFromDictionary?.ReturnType == typeof(double);

    /// <summary>Every character code is two bytes, high byte first (an odd last byte is a code of its own, padded with 0).</summary>
    public bool TwoByteCodes { get; }

    public double Width(int code) => _widthOfCid(_toCid(code)) / 1000.0;

    /// <summary>
    /// PdfPig's <c>CMap.ReadCode</c> for a font with <see cref="TwoByteCodes"/>, at the code's first byte (the current
    /// one): the code and its length in bytes, the reader left at its last byte.
    /// </summary>
    public static (int Code, int Length) ReadTwoByteCode(ByteRun bytes)
    {
        var high = bytes.CurrentByte << 8;
        if (bytes.IsAtEnd()) return (high, 1);
        bytes.MoveNext();
        return (high | bytes.CurrentByte, 2);
    }

    /// <summary>The composite font behind <paramref name="font"/>, or null when it is not one.</summary>
    public static CompositeFont? For(IFont font)
    {
        if (!Available || font.GetType() != Type0Font) return null;
        if (CMapProperty!.GetValue(font) is not { } cmap || CidFontProperty!.GetValue(font) is not { } cidFont) return null;
        return new CompositeFont(ConvertToCid!.CreateDelegate<Func<int, int>>(cmap),
            WidthFromDictionary!.CreateDelegate<Func<int, double>>(cidFont), HasOneFullTwoByteRange(cmap));
    }

    private static bool HasOneFullTwoByteRange(object cmap)
    {
        if (CodespaceRanges?.GetValue(cmap) is not ICollection { Count: 1 } ranges) return false;
        var range = ranges.Cast<object>().Single();
        var type = range.GetType();
        return type.GetProperty("CodeLength")?.GetValue(range) is 2
            && type.GetProperty("StartInt")?.GetValue(range) is 0
            && type.GetProperty("EndInt")?.GetValue(range) is 0xFFFF;
    }
}
