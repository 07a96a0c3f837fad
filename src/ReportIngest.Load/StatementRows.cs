using Dapper;
using Microsoft.Data.Sqlite;
using ReportIngest.Core.Facts;

namespace ReportIngest.Load;

/// <summary>Writes a document's narrative statements to the <c>statement</c> table.</summary>
public static class StatementRows
{
    public static void Insert(SqliteConnection connection, string documentId, IReadOnlyList<NarrativeStatement> statements, SqliteTransaction tx) =>
        connection.Execute("""
            INSERT INTO statement (document_id, statement_id, subject, phrase, printed_amount, printed_unit, amount_wan,
                page, line, sentence)
            VALUES (@DocumentId, @Index, @Subject, @Phrase, @PrintedAmount, @PrintedUnit, @Amount, @Page, @Line, @Sentence)
            """, statements.Select(s => new
        {
            DocumentId = documentId, s.Index, s.Subject, s.Phrase, s.PrintedAmount, s.PrintedUnit,
            Amount = DecimalText.Of(s.AmountWan), s.Page, s.Line, s.Sentence,
        }), tx);
}
