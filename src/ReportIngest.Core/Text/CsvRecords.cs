using System.Text;

namespace ReportIngest.Core.Text;

/// <summary>
/// RFC 4180 records: comma-separated, fields in double quotes may hold commas, quotes ("") and line breaks. The one
/// CSV reader: manifests, the reference catalogues and the type gold.
/// </summary>
public static class CsvRecords
{
    /// <summary>Each non-blank record with the line it starts on.</summary>
    public static IEnumerable<(int Line, IReadOnlyList<string> Fields)> Read(TextReader reader)
    {
        var fields = new List<string>();
        var field = new StringBuilder();
        var line = 1;
        var recordLine = 1;
        var quoted = false;
        var fieldWasQuoted = false;
        int c;
        while ((c = reader.Read()) != -1)
        {
            var ch = (char)c;
            if (quoted)
            {
                if (ch == '"')
                {
                    if (reader.Peek() == '"') { reader.Read(); field.Append('"'); }
                    else quoted = false;
                }
                else
                {
                    if (ch == '\n') line++;
                    field.Append(ch);
                }
                continue;
            }
            switch (ch)
            {
                case '"' when field.Length == 0 && !fieldWasQuoted:
                    quoted = true;
                    fieldWasQuoted = true;
                    break;
                case ',':
                    fields.Add(field.ToString());
                    field.Clear();
                    fieldWasQuoted = false;
                    break;
                case '\r':
                    break;
                case '\n':
                    fields.Add(field.ToString());
                    if (!IsBlank(fields)) yield return (recordLine, fields.ToArray());
                    fields.Clear();
                    field.Clear();
                    fieldWasQuoted = false;
                    line++;
                    recordLine = line;
                    break;
                default:
                    field.Append(ch);
                    break;
            }
        }
        if (quoted)
            throw new CsvFormatException($"line {recordLine}: a quoted field is never closed");
        fields.Add(field.ToString());
        if (!IsBlank(fields)) yield return (recordLine, fields.ToArray());
    }

    private static bool IsBlank(List<string> fields) => fields.TrueForAll(string.IsNullOrWhiteSpace);
}

/// <summary>A CSV that is not well formed (a quoted field never closed).</summary>
public sealed class CsvFormatException(string message) : FormatException(message);
