namespace ReportIngest.Load;

/// <summary>The --db path cannot be the database (a folder, a PDF, a file that is not SQLite): said in words, no stack trace.</summary>
public sealed class DatabaseFileException(string message) : Exception(message);
