using ReportIngest.Extract.Ocr;

namespace ReportIngest.Tests.Extract.Ocr;

public class DigitRepairTests
{
    [Theory]
    [InlineData("1O.5O", "10.50")]
    [InlineData("l,2l8.88", "1,218.88")]
    [InlineData("|2.00", "12.00")]
    [InlineData("612。00", "612.00")]
    [InlineData("1，097.04", "1,097.04")]
    [InlineData("２０８", "208")]
    public void Confusable_characters_become_digits_when_the_piece_then_reads_as_a_number(string read, string repaired)
    {
        Assert.Equal(repaired, DigitRepair.Repair(read));
    }

    [Theory]
    [InlineData("OIL")]
    [InlineData("其他支出")]
    [InlineData("1.2.3")]
    [InlineData("lOL")]
    public void Text_that_does_not_become_a_number_is_left_alone(string read)
    {
        Assert.Null(DigitRepair.Repair(read));
    }

    [Theory]
    [InlineData("1,218.88", true)]
    [InlineData("−12.50", true)]
    [InlineData("85.5%", true)]
    [InlineData("—", true)]
    [InlineData("3.", true)]
    [InlineData("(1)", false)]
    [InlineData("1 218.88", false)]
    [InlineData("1,21,8", false)]
    public void A_piece_is_a_number_in_the_form_one_OCR_piece_prints_it(string piece, bool isNumber)
    {
        Assert.Equal(isNumber, DigitRepair.IsNumber(piece));
    }

    [Theory]
    [InlineData("].一般公共预算拨款", "1.一般公共预算拨款")]
    [InlineData("l、财政拨款结转", "1、财政拨款结转")]
    [InlineData("其中;一般财力", "其中：一般财力")]
    [InlineData("其他收入", "其他收入")]
    [InlineData("台 计", "台 计")] // a total label read one character off is the table sums' to put right (TotalLabelTests)
    [InlineData("Il型", "Il型")]
    public void Row_labels_get_their_list_number_and_colon_back(string read, string repaired)
    {
        Assert.Equal(repaired, DigitRepair.RepairLabel(read));
    }
}
