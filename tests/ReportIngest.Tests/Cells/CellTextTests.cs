using System.Globalization;
using ReportIngest.Core.Text;

namespace ReportIngest.Tests.Cells;

public class CellTextTests
{
    [Theory]
    [InlineData("1, 112. 49", "1112.49")]
    [InlineData("１，１１２．４９", "1112.49")]
    [InlineData("(12.00)", "-12.00")]
    [InlineData("-12.5", "-12.5")]
    [InlineData("3,688.46", "3688.46")]
    public void Amounts_survive_ocr_spacing_full_width_digits_and_brackets(string printed, string expected)
    {
        Assert.True(CellText.TryReadAmount(printed, out var amount));
        Assert.Equal(decimal.Parse(expected, CultureInfo.InvariantCulture), amount.Value);
        Assert.Equal(printed, amount.Printed);
        Assert.True(amount.HasSeparatorOrDecimals);
        Assert.Equal(amount.Value < 0, amount.IsNegative);
    }

    [Theory]
    [InlineData("")]
    [InlineData("-")]
    [InlineData("—")]
    [InlineData("1,12.5")]
    [InlineData("12.5万元")]
    public void Blanks_dashes_and_text_are_no_amount(string printed) => Assert.False(CellText.TryReadAmount(printed, out _));

    [Theory]
    [InlineData("208", true)]
    [InlineData("0.00", false)]
    [InlineData("-208", false)]
    [InlineData("(208)", false)]
    public void A_bare_integer_is_digits_only(string printed, bool bare)
    {
        Assert.True(CellText.TryReadAmount(printed, out var amount));
        Assert.Equal(bare, amount.IsBareInteger);
    }

    [Theory]
    [InlineData("85%", true)]
    [InlineData("１００.００％", true)]
    [InlineData("85", false)]
    [InlineData("%", false)]
    public void Percentages_are_told_apart(string printed, bool percent) => Assert.Equal(percent, CellText.IsPercent(printed));

    [Theory]
    [InlineData("208", "208", CodeFamily.Function, CodeLevel.Class)]
    [InlineData("208 05 01", "2080501", CodeFamily.Function, CodeLevel.Item)]
    [InlineData("30102", "30102", CodeFamily.Economic, CodeLevel.Section)]
    [InlineData("５０１", "501", CodeFamily.GovernmentEconomic, CodeLevel.Class)]
    [InlineData("322001", null, CodeFamily.Other, CodeLevel.Class)]
    [InlineData("2080", null, CodeFamily.Other, CodeLevel.Class)]
    [InlineData("12.50", null, CodeFamily.Other, CodeLevel.Class)]
    public void A_code_cell_reads_as_joined_digits_with_family_and_level(string printed, string? digits, CodeFamily family, CodeLevel level)
    {
        var code = CellText.ReadCode(printed);
        if (digits is null) { Assert.Null(code); return; }
        Assert.Equal(new PrintedCode(digits, family, level), code);
    }

    [Fact]
    public void A_code_at_the_start_of_a_label_leaves_the_name()
    {
        var code = CellText.ReadLeadingCode("201 一般公共服务支出", out var rest);
        Assert.Equal("201", code?.Digits);
        Assert.Equal(" 一般公共服务支出", rest);
        Assert.Null(CellText.ReadLeadingCode("2024年预算", out _));
    }
}
