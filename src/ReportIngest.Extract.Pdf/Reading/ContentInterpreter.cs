using System.Runtime.InteropServices;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Filters;
using UglyToad.PdfPig.Graphics;
using UglyToad.PdfPig.PdfFonts;
using UglyToad.PdfPig.Tokenization.Scanner;
using UglyToad.PdfPig.Tokens;

namespace ReportIngest.Extract.Pdf.Reading;

/// <summary>
/// Runs a page's content stream for what the extraction reads: the characters shown and the paths painted. It follows
/// PdfPig's content-stream processor operator for operator (the same matrix products in the same order, the fonts of
/// PdfPig's resource store for character codes, Unicode and glyph widths), without building PdfPig's token, operation
/// and letter objects. Graphics state it does not need (colours, line styles, clipping) is passed over. One instance
/// serves the pages of one document, in turn; it keeps each font's glyphs once looked up.
/// </summary>
internal sealed class ContentInterpreter
{
    /// <summary>Forms inside forms deeper than this are read by PdfPig (which also guards against self-reference).</summary>
    private const int MaxFormDepth = 12;

    private readonly IResourceStore _resources;
    private readonly IPdfTokenScanner _scanner;
    private readonly ILookupFilterProvider _filters;
    private readonly Dictionary<IFont, FontGlyphs> _glyphs = new(ReferenceEqualityComparer.Instance);
    private readonly List<(byte[] Bytes, NameToken Name)> _names = [];
    private readonly List<ContentToken> _operands = [];
    private readonly List<GraphicsState> _states = [];
    private readonly List<StreamToken> _forms = [];
    private readonly ByteRun _run = new();
    private readonly ContentLexer _pageLexer = new();

    private TransformationMatrix _textMatrix;
    private TransformationMatrix _textLineMatrix;
    private bool _pathOpen, _subpathOpen, _stroked, _filled;
    private int _pathFirstCommand;
    private PdfPoint _subpathStart, _subpathEnd;
    private PdfPoint _position;
    private double _unitHeight;
    private List<PageLetter> _letters = [];
    private List<PaintedPath> _painted = [];
    private List<PathCommand> _commands = [];

    public ContentInterpreter(IResourceStore resources, IPdfTokenScanner scanner, ILookupFilterProvider filters)
    {
        _resources = resources;
        _scanner = scanner;
        _filters = filters;
    }

    /// <summary>
    /// Whether every letter gets PdfPig's glyph box. When false, letters of composite fonts are placed by their width
    /// alone and their boxes deferred (<see cref="PageLetter.GlyphBoxDeferred"/>, counted in <see cref="DeferredBoxes"/>).
    /// </summary>
    public bool ExactGlyphBoxes { get; set; }

    /// <summary>How many letters of the last page run have a deferred glyph box.</summary>
    public int DeferredBoxes { get; private set; }

    /// <summary>Runs one page's content (the resource dictionaries already loaded) from its initial matrix.</summary>
    public void Run(ArraySegment<byte> content, TransformationMatrix initialMatrix, int userSpaceUnit, List<PageLetter> letters, List<PaintedPath> paths, List<PathCommand> commands)
    {
        (_letters, _painted, _commands, _unitHeight) = (letters, paths, commands, userSpaceUnit);
        DeferredBoxes = 0;
        _states.Clear();
        _states.Add(new GraphicsState(initialMatrix));
        (_textMatrix, _textLineMatrix) = (default, default);
        (_pathOpen, _subpathOpen, _position, _stroked, _filled) = (false, false, default, false, false);
        _forms.Clear();
        Execute(content);
    }

    private ref GraphicsState State => ref CollectionsMarshal.AsSpan(_states)[^1];

    private void Execute(ArraySegment<byte> content)
    {
        var lexer = _forms.Count == 0 ? _pageLexer : new ContentLexer();
        lexer.Reset(content);
        _operands.Clear();
        while (true)
        {
            var token = lexer.Next();
            if (token.Kind == ContentTokenKind.End) break;
            if (token.Kind != ContentTokenKind.Operator)
            {
                _operands.Add(token);
                continue;
            }
            Apply(lexer, lexer.Text.Slice(token.Start, token.Length));
            _operands.Clear();
            lexer.ClearText();
        }
    }

    private void Apply(ContentLexer lexer, ReadOnlySpan<byte> op)
    {
        switch (op.Length)
        {
            case 1:
                ApplyOneByte(lexer, (char)op[0]);
                return;
            case 2:
                ApplyTwoBytes(lexer, (char)op[0], (char)op[1]);
                return;
            default:
                // PdfPig reads an unknown 'inf' as the number 0; any other longer operator (scn, BDC, EMC, ...) is not read here.
                if (op.SequenceEqual("inf"u8)) throw new UnsupportedContentException("the operator 'inf'");
                return;
        }
    }

    private void ApplyOneByte(ContentLexer lexer, char op)
    {
        switch (op)
        {
            case 'q':
                _states.Add(State);
                return;
            case 'Q':
                if (_states.Count > 1) _states.RemoveAt(_states.Count - 1);
                return;
            case 'm':
                Expect(2);
                BeginSubpath();
                _position = State.Ctm.Transform(new PdfPoint(Number(0), Number(1)));
                MoveTo(_position);
                return;
            case 'l':
                Expect(2);
                if (!_subpathOpen) return;
                _position = State.Ctm.Transform(new PdfPoint(Number(0), Number(1)));
                LineTo(_position);
                return;
            case 'c':
                Expect(6);
                CurveTo(Number(0), Number(1), Number(2), Number(3), Number(4), Number(5));
                return;
            case 'v':
                Expect(4);
                if (!_subpathOpen) return;
                {
                    var control = State.Ctm.Transform(new PdfPoint(Number(0), Number(1)));
                    var end = State.Ctm.Transform(new PdfPoint(Number(2), Number(3)));
                    CurveTo(_position, control, end);
                    _position = end;
                }
                return;
            case 'y':
                Expect(4);
                CurveTo(Number(0), Number(1), Number(2), Number(3), Number(2), Number(3));
                return;
            case 'h':
                if (CloseSubpath() is { } start) _position = start;
                return;
            case 'S':
                Paint(stroke: true, fill: false, close: false);
                return;
            case 's':
                Paint(stroke: true, fill: false, close: true);
                return;
            case 'f' or 'F':
                Paint(stroke: false, fill: true, close: false);
                return;
            case 'B':
                Paint(stroke: true, fill: true, close: false);
                return;
            case 'b':
                Paint(stroke: true, fill: true, close: true);
                return;
            case 'n':
                EndPath();
                return;
            case 'W':
                if (_pathOpen) _subpathOpen = false;
                return;
            case '\'':
                if (_operands.Count != 1 || _operands[0].Kind != ContentTokenKind.String) throw Malformed("'");
                NextLine();
                ShowString(lexer, _operands[0]);
                return;
            case '"':
                if (_operands.Count != 3 || _operands[2].Kind != ContentTokenKind.String || !IsNumber(0) || !IsNumber(1)) throw Malformed("\"");
                State.WordSpacing = Number(0);
                State.CharacterSpacing = Number(1);
                NextLine();
                ShowString(lexer, _operands[2]);
                return;
        }
    }

    private void ApplyTwoBytes(ContentLexer lexer, char a, char b)
    {
        switch (a, b)
        {
            case ('c', 'm'):
                Expect(6);
                State.Ctm = Matrix().Multiply(State.Ctm);
                return;
            case ('r', 'e'):
                Expect(4);
                Rectangle(Number(0), Number(1), Number(2), Number(3));
                return;
            case ('B', 'T') or ('E', 'T'):
                _textMatrix = TransformationMatrix.Identity;
                _textLineMatrix = TransformationMatrix.Identity;
                return;
            case ('T', 'f'):
                if (_operands.Count != 2 || _operands[0].Kind != ContentTokenKind.Name || !IsNumber(1)) throw Malformed("Tf");
                State.FontName = NameOf(lexer, _operands[0]);
                State.FontSize = Number(1);
                return;
            case ('T', 'c'):
                Expect(1);
                State.CharacterSpacing = Number(0);
                return;
            case ('T', 'w'):
                Expect(1);
                State.WordSpacing = Number(0);
                return;
            case ('T', 'z'):
                Expect(1);
                State.HorizontalScaling = Number(0);
                return;
            case ('T', 'L'):
                Expect(1);
                State.Leading = Number(0);
                return;
            case ('T', 's'):
                Expect(1);
                State.Rise = Number(0);
                return;
            case ('T', 'd'):
                Expect(2);
                MoveLine(Number(0), Number(1));
                return;
            case ('T', 'D'):
                Expect(2);
                State.Leading = 0.0 - Number(1);
                MoveLine(Number(0), Number(1));
                return;
            case ('T', 'm'):
                Expect(6);
                _textMatrix = Matrix();
                _textLineMatrix = _textMatrix;
                return;
            case ('T', '*'):
                NextLine();
                return;
            case ('T', 'j'):
                if (_operands.Count != 1 || _operands[0].Kind != ContentTokenKind.String) throw Malformed("Tj");
                ShowString(lexer, _operands[0]);
                return;
            case ('T', 'J'):
                ShowPositioned(lexer);
                return;
            case ('f', '*'):
                Paint(stroke: false, fill: true, close: false);
                return;
            case ('B', '*'):
                Paint(stroke: true, fill: true, close: false);
                return;
            case ('b', '*'):
                Paint(stroke: true, fill: true, close: true);
                return;
            case ('W', '*'):
                if (_pathOpen) _subpathOpen = false;
                return;
            case ('D', 'o'):
                if (_operands.Count != 1 || _operands[0].Kind != ContentTokenKind.Name) throw Malformed("Do");
                InvokeXObject(NameOf(lexer, _operands[0]));
                return;
            case ('g', 's'):
                if (_operands.Count != 1 || _operands[0].Kind != ContentTokenKind.Name) throw Malformed("gs");
                CheckGraphicsState(NameOf(lexer, _operands[0]));
                return;
            case ('B', 'I') or ('I', 'D') or ('E', 'I'):
                throw new UnsupportedContentException("an inline image");
            case ('d', '0') or ('d', '1'):
                throw new UnsupportedContentException("a Type 3 glyph description");
            default:
                return; // colours, rendering intent, marked content, shading, compatibility sections: nothing read here
        }
    }

    // ---- text ----

    private void MoveLine(double tx, double ty)
    {
        var moved = TransformationMatrix.FromValues(1.0, 0.0, 0.0, 1.0, tx, ty).Multiply(in _textLineMatrix);
        _textLineMatrix = moved;
        _textMatrix = moved;
    }

    private void NextLine() => MoveLine(0.0, -1.0 * State.Leading);

    private void ShowPositioned(ContentLexer lexer)
    {
        var n = _operands.Count;
        if (n < 2 || _operands[0].Kind != ContentTokenKind.ArrayStart || _operands[n - 1].Kind != ContentTokenKind.ArrayEnd) throw Malformed("TJ");
        for (var i = 1; i < n - 1; i++)
        {
            if (_operands[i].Kind is not (ContentTokenKind.String or ContentTokenKind.Number)) throw Malformed("TJ");
        }
        var state = State;
        var font = FontOf(state);
        if (font is null) return;
        var fontSize = state.FontSize;
        var scaling = state.HorizontalScaling / 100.0;
        for (var i = 1; i < n - 1; i++)
        {
            var element = _operands[i];
            if (element.Kind == ContentTokenKind.Number)
            {
                var tx = (0.0 - element.Number) / 1000.0 * fontSize * scaling;
                _textMatrix = TransformationMatrix.GetTranslationMatrix(tx, 0.0).Multiply(in _textMatrix);
            }
            else
            {
                ShowString(lexer, element);
            }
        }
    }

    private IFont? FontOf(in GraphicsState state)
    {
        if (state.FontName is null) throw new UnsupportedContentException("text shown before a font is set");
        var font = _resources.GetFont(state.FontName);
        if (font is null) return null;
        if (font.IsVertical) throw new UnsupportedContentException("a vertical font");
        if (font is IType3Font) throw new UnsupportedContentException("a Type 3 font");
        return font;
    }

    /// <summary>PdfPig's ShowText: per character code, a letter at the text matrix, then the matrix advanced by its width.</summary>
    private void ShowString(ContentLexer lexer, ContentToken text)
    {
        var state = State;
        var font = FontOf(state);
        if (font is null) return; // a missing font's text is skipped, as PdfPig does with SkipMissingFonts
        var glyphs = GlyphsOf(font);
        var fontSize = state.FontSize;
        var scaling = state.HorizontalScaling / 100.0;
        var characterSpacing = state.CharacterSpacing;
        var ctm = state.Ctm;
        var rendering = TransformationMatrix.FromValues(fontSize * scaling, 0.0, 0.0, fontSize, 0.0, state.Rise);
        var pointSize = Math.Round(ctm.Multiply(in _textMatrix).Transform(new PdfRectangle(0.0, 0.0, 1.0, fontSize)).Height, 2);
        var twoByteCodes = glyphs.Composite is { TwoByteCodes: true };
        var bytes = _run.Over(lexer.TextBuffer, text.Start, text.Length);
        while (bytes.MoveNext())
        {
            int code, codeLength;
            if (twoByteCodes) (code, codeLength) = CompositeFont.ReadTwoByteCode(bytes);
            else code = font.ReadCharacterCode(bytes, out codeLength);
            var glyph = glyphs.Of(font, code, ExactGlyphBoxes);
            var wordSpacing = 0.0;
            if (code == 32 && codeLength == 1) wordSpacing += state.WordSpacing;
            if (glyph.Unicode.Length == 1 && glyph.Unicode[0] is >= '\u0300' and <= '\u036F' && _letters.Count > 0)
                throw new UnsupportedContentException("a combining diacritic");
            AddLetter(in glyph, pointSize, in rendering, in ctm);
            var advance = (glyph.Width * fontSize + characterSpacing + wordSpacing) * scaling;
            _textMatrix = _textMatrix.Translate(advance, 0.0);
        }
    }

    private void AddLetter(in FontGlyph glyph, double pointSize, in TransformationMatrix rendering, in TransformationMatrix ctm)
    {
        var advanceBox = PerformantRectangleTransformer.Transform(in rendering, in _textMatrix, in ctm, new PdfRectangle(0.0, 0.0, glyph.Width, _unitHeight));
        if (!glyph.HasBounds)
        {
            DeferredBoxes++;
            _letters.Add(new PageLetter(glyph.Unicode, advanceBox.BottomLeft, advanceBox.BottomRight, pointSize, advanceBox, GlyphBoxDeferred: true));
            return;
        }
        var glyphBounds = PerformantRectangleTransformer.Transform(in rendering, in _textMatrix, in ctm, glyph.Bounds);
        var hasOutline = glyphBounds.Width > double.Epsilon || glyphBounds.Height > double.Epsilon;
        _letters.Add(new PageLetter(glyph.Unicode, advanceBox.BottomLeft, advanceBox.BottomRight, pointSize, hasOutline ? glyphBounds : advanceBox));
    }

    private FontGlyphs GlyphsOf(IFont font)
    {
        if (!_glyphs.TryGetValue(font, out var glyphs))
        {
            glyphs = new FontGlyphs(CompositeFont.For(font));
            _glyphs[font] = glyphs;
        }
        return glyphs;
    }

    /// <summary>A character code's Unicode and advance width, and its outline box in glyph space where looked up.</summary>
    private readonly record struct FontGlyph(string Unicode, double Width, PdfRectangle Bounds, bool HasBounds);

    /// <summary>One font's glyphs, looked up once per code.</summary>
    private sealed class FontGlyphs(CompositeFont? composite)
    {
        private readonly Dictionary<int, FontGlyph> _byCode = [];

        /// <summary>The font's composite-font view where it is one (widths without outlines, two-byte codes).</summary>
        public CompositeFont? Composite => composite;

        public FontGlyph Of(IFont font, int code, bool withBounds)
        {
            if (_byCode.TryGetValue(code, out var glyph) && (glyph.HasBounds || !withBounds)) return glyph;
            var unicode = glyph.Unicode;
            if (unicode is null && (!font.TryGetUnicode(code, out unicode) || unicode is null)) unicode = new string((char)code, 1);
            if (composite is not null && !withBounds)
            {
                glyph = new FontGlyph(unicode, composite.Width(code), default, false);
            }
            else
            {
                var box = font.GetBoundingBox(code);
                glyph = new FontGlyph(unicode, box.Width, box.GlyphBounds, true);
            }
            _byCode[code] = glyph;
            return glyph;
        }
    }

    // ---- paths (PdfPig's ContentStreamProcessor: the current path collects subpaths until it is painted or ended;
    // a subpath takes lines and curves until it is closed or the path is clipped) ----

    private void BeginSubpath()
    {
        if (!_pathOpen) (_pathOpen, _pathFirstCommand) = (true, _commands.Count);
        _subpathOpen = true;
    }

    private void MoveTo(PdfPoint to)
    {
        _commands.Add(PathCommand.MoveTo(to));
        (_subpathStart, _subpathEnd) = (to, to);
    }

    private void LineTo(PdfPoint to)
    {
        _commands.Add(PathCommand.LineTo(_subpathEnd, to));
        _subpathEnd = to;
    }

    private void CurveTo(double x1, double y1, double x2, double y2, double x3, double y3)
    {
        if (!_subpathOpen) return;
        var ctm = State.Ctm;
        var first = ctm.Transform(new PdfPoint(x1, y1));
        var second = ctm.Transform(new PdfPoint(x2, y2));
        var end = ctm.Transform(new PdfPoint(x3, y3));
        CurveTo(first, second, end);
        _position = end;
    }

    private void CurveTo(PdfPoint first, PdfPoint second, PdfPoint end)
    {
        _commands.Add(PathCommand.CurveTo(new PdfSubpath.CubicBezierCurve(_subpathEnd, first, second, end)));
        _subpathEnd = end;
    }

    /// <summary>PdfPig's rectangle: a closed subpath of its own, its far corner reached as origin plus size.</summary>
    private void Rectangle(double x, double y, double width, double height)
    {
        BeginSubpath();
        var ctm = State.Ctm;
        var corner = ctm.Transform(new PdfPoint(x, y));
        var opposite = ctm.Transform(new PdfPoint(x + width, y + height));
        var (left, bottom, w, h) = (corner.X, corner.Y, opposite.X - corner.X, opposite.Y - corner.Y);
        MoveTo(new PdfPoint(left, bottom));
        LineTo(new PdfPoint(left + w, bottom));
        LineTo(new PdfPoint(left + w, bottom + h));
        LineTo(new PdfPoint(left, bottom + h));
        _commands.Add(PathCommand.Close);
        _subpathOpen = false;
    }

    private PdfPoint? CloseSubpath()
    {
        if (!_subpathOpen) return null;
        _commands.Add(PathCommand.Close);
        _subpathOpen = false;
        return _subpathStart;
    }

    private void Paint(bool stroke, bool fill, bool close)
    {
        if (!_pathOpen) return;
        _stroked |= stroke;
        _filled |= fill;
        if (close && _subpathOpen) _commands.Add(PathCommand.Close);
        EndPath();
    }

    /// <summary>The current path ends: kept if it was painted, otherwise (a clip, or ended by n) its commands are dropped.</summary>
    private void EndPath()
    {
        if (!_pathOpen) return;
        if (_stroked || _filled) _painted.Add(new PaintedPath(_pathFirstCommand, _commands.Count - _pathFirstCommand, _stroked, _filled));
        else _commands.RemoveRange(_pathFirstCommand, _commands.Count - _pathFirstCommand);
        (_pathOpen, _subpathOpen, _stroked, _filled) = (false, false, false, false);
    }

    // ---- resources ----

    private void InvokeXObject(NameToken name)
    {
        if (!_resources.TryGetXObject(name, out var stream)) return; // missing: skipped, as PdfPig does with SkipMissingFonts
        if (!stream.StreamDictionary.TryGet<NameToken>(NameToken.Subtype, out var subtype)) throw new UnsupportedContentException("an XObject without a subtype");
        if (subtype.Equals(NameToken.Image) || subtype.Equals(NameToken.Ps)) return;
        if (!subtype.Equals(NameToken.Form)) throw new UnsupportedContentException($"an XObject of subtype {subtype}");
        if (_forms.Count >= MaxFormDepth || _forms.Contains(stream)) throw new UnsupportedContentException("forms nested too deep or drawing themselves");
        RunForm(stream);
    }

    /// <summary>A form XObject: its resources and matrix for the length of its content, in a saved graphics state.</summary>
    private void RunForm(StreamToken form)
    {
        var dictionary = form.StreamDictionary;
        var loaded = false;
        if (dictionary.TryGet<DictionaryToken>(NameToken.Resources, _scanner, out var resources))
        {
            _resources.LoadResourceDictionary(resources);
            loaded = true;
        }
        _states.Add(State);
        _forms.Add(form);
        try
        {
            if (dictionary.ContainsKey(NameToken.Group)
                && !(dictionary.TryGet<DictionaryToken>(NameToken.Group, _scanner, out var group)
                     && group.TryGet<NameToken>(NameToken.S, _scanner, out var kind) && kind.Equals(NameToken.Transparency)))
                throw new UnsupportedContentException("a group that is not a transparency group");
            var matrix = TransformationMatrix.Identity;
            if (dictionary.TryGet<ArrayToken>(NameToken.Matrix, _scanner, out var values))
            {
                if (values.Length != 6 || values.Data.Any(v => v is not NumericToken)) throw new UnsupportedContentException("a form matrix not of six numbers");
                matrix = TransformationMatrix.FromValues(N(0), N(1), N(2), N(3), N(4), N(5));
                double N(int i) => ((NumericToken)values.Data[i]).Double;
            }
            State.Ctm = matrix.Multiply(State.Ctm);
            var content = form.Decode(_filters, _scanner);
            if (!MemoryMarshal.TryGetArray((ReadOnlyMemory<byte>)content, out var segment)) segment = content.ToArray();
            Execute(segment);
        }
        finally
        {
            _forms.RemoveAt(_forms.Count - 1);
            if (_states.Count > 1) _states.RemoveAt(_states.Count - 1);
            if (loaded) _resources.UnloadResourceDictionary();
        }
    }

    /// <summary>An ExtGState that sets a font or a soft mask changes what PdfPig reads or whether it can: PdfPig reads that page.</summary>
    private void CheckGraphicsState(NameToken name)
    {
        var state = _resources.GetExtendedGraphicsStateDictionary(name);
        if (state is null) return;
        if (state.ContainsKey(NameToken.Font)) throw new UnsupportedContentException("a graphics state that sets the font");
        if (state.TryGet(NameToken.Smask, out var mask) && !(mask is NameToken n && n.Equals(NameToken.None)))
            throw new UnsupportedContentException("a graphics state with a soft mask");
    }

    private NameToken NameOf(ContentLexer lexer, ContentToken token)
    {
        var bytes = lexer.Text.Slice(token.Start, token.Length);
        foreach (var (known, name) in _names)
        {
            if (bytes.SequenceEqual(known)) return name;
        }
        var created = NameToken.Create(System.Text.Encoding.ASCII.GetString(bytes));
        _names.Add((bytes.ToArray(), created));
        return created;
    }

    // ---- operands ----

    private void Expect(int count)
    {
        if (_operands.Count != count) throw Malformed($"an operator with {_operands.Count} operands, {count} expected");
        for (var i = 0; i < count; i++)
        {
            if (!IsNumber(i)) throw Malformed("an operator with a non-numeric operand");
        }
    }

    private bool IsNumber(int index) => _operands[index].Kind == ContentTokenKind.Number;

    private double Number(int index) => _operands[index].Number;

    private TransformationMatrix Matrix() =>
        TransformationMatrix.FromValues(Number(0), Number(1), Number(2), Number(3), Number(4), Number(5));

    private static UnsupportedContentException Malformed(string what) => new($"malformed operands: {what}");

    /// <summary>The graphics state this reader keeps: the matrix and the text state (saved and restored by q and Q).</summary>
    private struct GraphicsState(TransformationMatrix ctm)
    {
        public TransformationMatrix Ctm = ctm;
        public NameToken? FontName;
        public double FontSize;
        public double CharacterSpacing;
        public double WordSpacing;
        public double HorizontalScaling = 100;
        public double Leading;
        public double Rise;
    }
}
