using ReportIngest.Core.Facts;
using ReportIngest.Validate.Model;

namespace ReportIngest.Validate;

/// <summary>One family of arithmetic checks over a document. A check reports; it never changes or drops a fact.</summary>
public interface ICheck
{
    /// <summary>The <see cref="CheckResult.Kind"/> of the results (see <see cref="CheckKinds"/>).</summary>
    string Kind { get; }

    IEnumerable<CheckResult> Run(DocumentView document);
}
