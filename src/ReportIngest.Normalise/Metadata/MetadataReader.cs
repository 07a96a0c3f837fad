using ReportIngest.Core.Text;
using System.Text.RegularExpressions;
using ReportIngest.Core.Facts;
using ReportIngest.Core.Tables;
using ReportIngest.Normalise.Reference;

namespace ReportIngest.Normalise.Metadata;

/// <summary>
/// Reads who published the report, where, for which year and phase, from its title page (the first lines) and
/// the lines around its tables (部门：…, 编制单位：…).
/// </summary>
public sealed partial class MetadataReader(AdminDivisions divisions)
{
    public DocumentMetadata Read(ReconstructedDocument document)
    {
        var titlePage = document.Text.Take(PhaseDetector.TitlePageLines).Select(Squash).ToList();
        var department = Department(titlePage, document.Tables.SelectMany(t => t.Context).Select(Squash));
        var year = titlePage.Select(l => YearLine().Match(l)).FirstOrDefault(m => m.Success)?.Groups["year"].Value;
        var phase = PhaseDetector.Detect(document.Text, document.Tables.Select(t => t.Title));
        var division = divisions.Find((department ?? "") + " " + string.Join(" ", titlePage.Take(10)));
        return new DocumentMetadata(
            division?.Name,
            division?.Code,
            department,
            year is null ? null : int.Parse(year),
            phase);
    }

    // Where reports print who they are: a labelled line (预算主管部门：…, 编制部门：…), the cover's name above the year
    // (split over lines: 中共上海市普陀区委 / 社会工作部 2024 年度), then any organisation name on the title page.
    private static string? Department(IReadOnlyList<string> titlePage, IEnumerable<string> contextLines)
    {
        foreach (var line in titlePage.Concat(contextLines))
        {
            var labelled = LabelledDepartment().Match(line);
            if (labelled.Success && Tidy(labelled.Groups["name"].Value) is { Length: >= 3 } name) return name;
        }
        if (CoverName(titlePage) is { } cover) return cover;
        foreach (var line in titlePage)
        {
            var m = OrganisationName().Match(WithoutPart(line));
            if (m.Success) return Tidy(m.Value);
        }
        return null;
    }

    private static string? CoverName(IReadOnlyList<string> titlePage)
    {
        var yearLine = titlePage.Select((l, i) => (Line: l, Index: i)).FirstOrDefault(x => YearLine().IsMatch(x.Line));
        if (yearLine.Line is null) return null;
        var before = string.Concat(titlePage.Take(yearLine.Index)) + yearLine.Line[..YearLine().Match(yearLine.Line).Index];
        var name = Tidy(before);
        return name.Length is >= 4 and <= 40 && OrganisationName().Match(name) is { Success: true } m && m.Value == name ? name : null;
    }

    private static string Tidy(string name)
    {
        var s = UnitCodePrefix().Replace(WithoutPart(name), "");
        s = Qualifier().Replace(s, "");
        return s.EndsWith("局部门", StringComparison.Ordinal) ? s[..^2] : s;
    }

    private static string Squash(string s) => LabelText.Squash(s.Replace("*", ""));

    [GeneratedRegex(@"(?<year>20\d{2})年")]
    private static partial Regex YearLine();

    [GeneratedRegex(@"^(预算主管部门|主管部门|预算单位|部门名称|单位名称|编制单位|编制部门|编报单位|填报单位|部门|单位)[:：](?<name>[^\d\s:：][^:：]{2,40}?)((金额|计量)?单位[:：].*|\d{4}年.*)?$")]
    private static partial Regex LabelledDepartment();

    // "第一部分" before a cover's department name; untrimmed, as the name patterns expect.
    private static string WithoutPart(string line) => line[LeadingNumbering.Length(line, NumberingForms.Part)..];

    [GeneratedRegex(@"^[\p{IsCJKUnifiedIdeographs}（）()]{3,40}?(局|委员会|办公室|中心|院|所|站|馆|队|厅|处|部|学校|医院|政府|检察院|法院|协会|联合会|委)(?=$|（|\(|20\d{2})")]
    private static partial Regex OrganisationName();

    [GeneratedRegex(@"^\d{3,9}[-－—]")]
    private static partial Regex UnitCodePrefix();

    [GeneratedRegex(@"[（(](部门|汇总|本级|单位)[）)]$")]
    private static partial Regex Qualifier();
}
