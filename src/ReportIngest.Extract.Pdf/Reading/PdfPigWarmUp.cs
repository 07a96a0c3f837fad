using System.Runtime.CompilerServices;
using UglyToad.PdfPig.Fonts.SystemFonts;

namespace ReportIngest.Extract.Pdf.Reading;

/// <summary>
/// Runs PdfPig's one-time set-up on a pool thread as soon as an extractor exists: its system font index, whose static
/// constructor parses the metrics of the 14 standard fonts (about 100 ms, 7 % of the CPU of a one-report ingest).
/// Left to the first document, it delayed that document's first page, and every other document opened meanwhile
/// waited on it; started early it overlaps with opening the database and loading the classifier.
/// </summary>
internal static class PdfPigWarmUp
{
    private static int s_started;

    public static void Start()
    {
        if (Interlocked.Exchange(ref s_started, 1) == 1) return;
        ThreadPool.UnsafeQueueUserWorkItem(_ =>
        {
            try
            {
                RuntimeHelpers.RunClassConstructor(typeof(SystemFontFinder).TypeHandle);
            }
            catch (TypeInitializationException)
            {
                // the first document that needs the font index meets the same error, and fails with its reason
            }
        }, null);
    }
}
