using UglyToad.PdfPig.Core;

namespace ReportIngest.Extract.Pdf.Reading;

/// <summary>
/// A path the page paints (strokes, fills or both): a run of <see cref="PageDrawing.PathCommands"/>, in PDF user
/// space. Each subpath begins with a move, as every subpath PdfPig's content processor builds does.
/// </summary>
internal readonly record struct PaintedPath(int FirstCommand, int CommandCount, bool IsStroked, bool IsFilled);

internal enum PathStep : byte
{
    Move,
    Line,
    Curve,
    Close,
}

/// <summary>
/// One command of a painted path: a move to <see cref="To"/>, a line from <see cref="From"/> to <see cref="To"/>, a
/// curve (its PdfPig object, which knows its bounds), or the closing of the subpath.
/// </summary>
internal readonly record struct PathCommand(PathStep Step, PdfPoint From, PdfPoint To, PdfSubpath.BezierCurve? Curve = null)
{
    public static PathCommand MoveTo(PdfPoint to) => new(PathStep.Move, to, to);

    public static PathCommand LineTo(PdfPoint from, PdfPoint to) => new(PathStep.Line, from, to);

    public static PathCommand CurveTo(PdfSubpath.BezierCurve curve) => new(PathStep.Curve, curve.StartPoint, curve.EndPoint, curve);

    public static PathCommand Close { get; } = new(PathStep.Close, default, default);
}
