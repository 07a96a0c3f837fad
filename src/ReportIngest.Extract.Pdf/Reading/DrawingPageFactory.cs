using System.Runtime.InteropServices;
using ReportIngest.Extract.Pdf.Text;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Filters;
using UglyToad.PdfPig.Geometry;
using UglyToad.PdfPig.Graphics.Operations;
using UglyToad.PdfPig.Outline.Destinations;
using UglyToad.PdfPig.Parser;
using UglyToad.PdfPig.Parser.Parts;
using UglyToad.PdfPig.Tokenization.Scanner;
using UglyToad.PdfPig.Tokens;

namespace ReportIngest.Extract.Pdf.Reading;

/// <summary>
/// A PdfPig page factory that reads a page's letters and painted paths with <see cref="ContentInterpreter"/> instead of
/// PdfPig's operation and letter objects (which cost most of the time and memory of reading a page). It opens the page
/// as PdfPig's own factory does: the inherited and the page's resources, the media and crop boxes, the rotation's
/// initial matrix, the content streams joined by a newline. A page with content it does not follow exactly comes back
/// with <see cref="PageDrawing.UnreadBecause"/> set, and the caller reads that page with PdfPig (<see cref="PageDrawing.Of"/>).
/// </summary>
internal sealed class DrawingPageFactory : BasePageFactory<PageDrawing>, IPageFactory<PageDrawing>
{
    private readonly ContentInterpreter _interpreter;

    public DrawingPageFactory(IPdfTokenScanner pdfScanner, IResourceStore resourceStore, ILookupFilterProvider filterProvider, IPageContentParser pageContentParser, ParsingOptions parsingOptions)
        : base(pdfScanner, resourceStore, filterProvider, pageContentParser, parsingOptions)
    {
        _interpreter = new ContentInterpreter(resourceStore, pdfScanner, filterProvider);
    }

    PageDrawing IPageFactory<PageDrawing>.Create(int number, DictionaryToken dictionary, PageTreeMembers pageTreeMembers, NamedDestinations namedDestinations)
    {
        var rotation = new PageRotationDegrees(pageTreeMembers.Rotation);
        if (dictionary.TryGet<NumericToken>(NameToken.Rotate, PdfScanner, out var rotate)) rotation = new PageRotationDegrees(rotate.Int);
        var loaded = 0;
        using var content = new ContentBuffer();
        try
        {
            while (pageTreeMembers.ParentResources.Count > 0)
            {
                ResourceStore.LoadResourceDictionary(pageTreeMembers.ParentResources.Dequeue());
                loaded++;
            }
            if (dictionary.TryGet<DictionaryToken>(NameToken.Resources, PdfScanner, out var resources))
            {
                ResourceStore.LoadResourceDictionary(resources);
                loaded++;
            }
            var unit = GetUserSpaceUnits(dictionary);
            var mediaBox = GetMediaBox(number, dictionary, pageTreeMembers);
            var cropBox = GetCropBox(dictionary, pageTreeMembers, mediaBox);
            ReadContent(dictionary, number, content);
            var (letters, paths, commands) = PageDrawing.RentLists();
            var drawing = new PageDrawing(number, mediaBox.Bounds, letters, paths, commands);
            if (content.Content.Count > 0)
            {
                var initialMatrix = InitialMatrix(cropBox, rotation);
                _interpreter.Run(content.Content, initialMatrix, unit.PointMultiples, letters, paths, commands);
                // Reading again changes glyph boxes only, never a baseline, so the frame computed for the check stays the page's.
                if (_interpreter.DeferredBoxes > 0 && ReadsDeferredBox(drawing))
                    RunWithExactBoxes(content.Content, initialMatrix, unit.PointMultiples, letters, paths, commands);
            }
            return drawing;
        }
        catch (Exception e) when (e is not OutOfMemoryException and not OperationCanceledException)
        {
            // PdfPig reads this page itself: it gives the same result, or the same error.
            return PageDrawing.Unread(number, e is UnsupportedContentException ? e.Message : $"{e.GetType().Name}: {e.Message}");
        }
        finally
        {
            for (var i = 0; i < loaded; i++) ResourceStore.UnloadResourceDictionary();
        }
    }

    /// <summary>
    /// Whether the extraction will read the glyph box of a letter whose box was deferred: a letter set sideways to the
    /// page's text (a rotated column heading), or one without a point size. Rare; such a page is read again with every
    /// box looked up, rather than keeping each letter's matrices on the chance its box is wanted.
    /// </summary>
    private static bool ReadsDeferredBox(PageDrawing page)
    {
        var frame = page.Frame;
        foreach (var letter in page.Letters)
        {
            if (letter.GlyphBoxDeferred && GlyphReader.UsesGlyphBox(in letter, frame)) return true;
        }
        return false;
    }

    private void RunWithExactBoxes(ArraySegment<byte> content, TransformationMatrix initialMatrix, int unit, List<PageLetter> letters, List<PaintedPath> paths, List<PathCommand> commands)
    {
        letters.Clear();
        paths.Clear();
        commands.Clear();
        _interpreter.ExactGlyphBoxes = true;
        try
        {
            _interpreter.Run(content, initialMatrix, unit, letters, paths, commands);
        }
        finally
        {
            _interpreter.ExactGlyphBoxes = false;
        }
    }

    /// <summary>The page's content streams, decoded and joined by newlines as PdfPig joins them.</summary>
    private void ReadContent(DictionaryToken dictionary, int number, ContentBuffer content)
    {
        if (!dictionary.TryGet(NameToken.Contents, out var contents)) return;
        if (DirectObjectFinder.TryGet<ArrayToken>(contents, PdfScanner, out var parts))
        {
            foreach (var part in parts.Data)
            {
                if (part is not IndirectReferenceToken reference) throw new UnsupportedContentException("a content array entry that is not a reference");
                var stream = DirectObjectFinder.Get<StreamToken>(reference, PdfScanner) ?? throw new UnsupportedContentException("a missing content stream");
                content.Add(stream, FilterProvider, PdfScanner);
            }
            return;
        }
        var single = DirectObjectFinder.Get<StreamToken>(contents, PdfScanner) ?? throw new UnsupportedContentException($"page {number} content not a stream");
        content.Add(single, FilterProvider, PdfScanner);
    }

    /// <summary>PdfPig's initial matrix: the crop box moved to the origin, then turned by the page's /Rotate.</summary>
    private static TransformationMatrix InitialMatrix(CropBox cropBox, PageRotationDegrees rotation)
    {
        var bounds = cropBox.Bounds;
        if (rotation.Value == 0 && bounds.Left == 0.0 && bounds.Bottom == 0.0) return TransformationMatrix.Identity;
        var translation = TransformationMatrix.GetTranslationMatrix(0.0 - bounds.Left, 0.0 - bounds.Bottom);
        if (rotation.Value == 0) return translation;
        var (x, y) = rotation.Value switch
        {
            90 => (0.0, bounds.Width),
            180 => (bounds.Width, bounds.Height),
            270 => (bounds.Height, 0.0),
            _ => throw new UnsupportedContentException($"a page rotation of {rotation.Value}"),
        };
        return translation.Multiply(TransformationMatrix.GetRotationMatrix(-rotation.Value).Multiply(TransformationMatrix.GetTranslationMatrix(x, y)));
    }

    protected override PageDrawing ProcessPage(int pageNumber, DictionaryToken dictionary, NamedDestinations namedDestinations, MediaBox mediaBox, CropBox cropBox, UserSpaceUnit userSpaceUnit, PageRotationDegrees rotation, TransformationMatrix initialMatrix, IReadOnlyList<IGraphicsStateOperation> operations) =>
        throw new NotSupportedException("pages are created by IPageFactory.Create, which reads the content itself");
}
