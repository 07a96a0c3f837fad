using System.Globalization;
using ReportIngest.Core.Tables;

namespace ReportIngest.Classify.Training.Dataset;

/// <summary>Body rows for a synthetic table: codes, names and amounts in the shape the template's codes kind implies.</summary>
internal sealed class SyntheticBody(Random random)
{
    private static readonly string[] FunctionCodes = ["201", "20101", "2010101", "208", "20805", "2080505", "2080506", "210", "21011", "2101101", "21015", "2101501", "221", "22102", "2210201", "213", "2130599"];
    private static readonly string[] EconomicCodes = ["301", "30101", "30102", "30103", "30108", "302", "30201", "30202", "30211", "30228", "303", "30305", "310", "31002", "399"];
    private static readonly string[] TextValues = ["提高服务质量", "≥95%", "100%", "按时完成", "保障单位正常运转", "正向指标", "是", "万元", "次", "≤10", "=1", "有效提升"];

    public List<TableCell> Rows(HeaderTemplate template, int firstRow, int rowCount, int colCount, bool twoSided)
    {
        var cells = new List<TableCell>();
        for (var i = 0; i < rowCount; i++)
        {
            var row = firstRow + i;
            var label = template.RowLabels.Count == 0 ? "合计" : template.RowLabels[i % template.RowLabels.Count];
            switch (template.Codes)
            {
                case "function":
                case "economic":
                    var codes = template.Codes == "function" ? FunctionCodes : EconomicCodes;
                    cells.Add(new TableCell(row, 0, i == 0 ? "合计" : codes[random.Next(codes.Length)]));
                    cells.Add(new TableCell(row, 1, i == 0 ? "" : label));
                    AddAmounts(cells, row, 2, colCount);
                    break;
                case "text":
                    cells.Add(new TableCell(row, 0, label));
                    for (var col = 1; col < colCount; col++)
                    {
                        if (random.NextDouble() < 0.6)
                            cells.Add(new TableCell(row, col, TextValues[random.Next(TextValues.Length)]));
                    }
                    break;
                case "none" when twoSided:
                    var half = template.RowLabels.Count / 2;
                    cells.Add(new TableCell(row, 0, label));
                    AddAmounts(cells, row, 1, colCount / 2);
                    cells.Add(new TableCell(row, colCount / 2, template.RowLabels.Count == 0 ? "" : template.RowLabels[(i + half) % template.RowLabels.Count]));
                    AddAmounts(cells, row, colCount / 2 + 1, colCount);
                    break;
                default:
                    cells.Add(new TableCell(row, 0, label));
                    AddAmounts(cells, row, 1, colCount);
                    break;
            }
        }
        return cells;
    }

    private void AddAmounts(List<TableCell> cells, int row, int from, int to)
    {
        for (var col = from; col < to; col++)
        {
            if (random.NextDouble() < 0.65)
                cells.Add(new TableCell(row, col, (random.Next(1, 500000) / 100m).ToString("#,##0.00", CultureInfo.InvariantCulture)));
        }
    }
}
