using ReportIngest.Extract.Pdf.Geometry;
using ReportIngest.Extract.Pdf.Text;

namespace ReportIngest.Tests.Extract.Pdf;

public class GlyphTextTests
{
    private static Glyph At(string value, double left, double width, double baseline = 100, double size = 10) =>
        new(value, new Box(left, baseline - 0.8 * size, left + width, baseline + 0.2 * size), baseline, size);

    private static List<Glyph> Run(string text, double left, double advance, double baseline = 100)
    {
        var glyphs = new List<Glyph>();
        foreach (var ch in text)
        {
            glyphs.Add(At(ch.ToString(), left, advance, baseline));
            left += advance;
        }
        return glyphs;
    }

    [Fact]
    public void Touching_cjk_glyphs_form_one_word_without_spaces()
    {
        var line = Assert.Single(LineBuilder.Build(Run("部门收支总表", 50, 10)));

        Assert.Equal("部门收支总表", line.Text);
    }

    [Fact]
    public void Gaps_become_spaces_and_numbers_stay_whole()
    {
        var glyphs = Run("项", 50, 10).Concat(Run("目", 70, 10)).Concat(Run("1,112.49", 120, 5)).ToList();

        var line = Assert.Single(LineBuilder.Build(glyphs));

        Assert.Equal("项 目 1,112.49", line.Text);
        Assert.Equal(new[] { "项 目", "1,112.49" }, LineBuilder.Split(line, 2.0).Select(p => p.Text));
    }

    [Fact]
    public void Glyphs_are_ordered_by_position_not_by_drawing_order()
    {
        var glyphs = Run("金额单位：万元", 50, 10);
        glyphs.Reverse();
        glyphs.AddRange(Run("部门", 0, 10, baseline: 80));

        var lines = LineBuilder.Build(glyphs);

        Assert.Equal(new[] { "部门", "金额单位：万元" }, lines.Select(l => l.Text));
    }

    [Fact]
    public void Wrapped_lines_join_without_space_for_cjk_and_with_space_for_latin()
    {
        var cjk = LineBuilder.Build(Run("三、国有资本经营预算财政拨款收", 0, 10).Concat(Run("入", 0, 10, baseline: 112)));
        var latin = LineBuilder.Build(Run("Total", 0, 5).Concat(Run("expenditure", 0, 5, baseline: 112)));

        Assert.Equal("三、国有资本经营预算财政拨款收入", GlyphText.ComposeLines(cjk));
        Assert.Equal("Total expenditure", GlyphText.ComposeLines(latin));
    }

    [Theory]
    [InlineData(true, "A X")]
    [InlineData(false, "AX")]
    public void Glyphs_drawn_twice_at_one_place_keep_the_first_drawn(bool firstHasSpace, string expected)
    {
        // Fake bold at no offset: the same glyph twice at the same place, only one of them after a space glyph.
        var glyphs = new List<Glyph> { At("A", 50, 5), At("X", 55, 5) with { SpaceBefore = firstHasSpace }, At("X", 55, 5) with { SpaceBefore = !firstHasSpace } };

        Assert.Equal(expected, Assert.Single(LineBuilder.Build(glyphs)).Text);
    }

    [Fact]
    public void Real_page_text_lines_come_out_whole()
    {
        var lines = CorpusPages.Elements("002.pdf", 1).OfType<ReportIngest.Core.Extraction.TextLine>().Select(l => l.Text).ToList();

        Assert.NotEmpty(lines);
        Assert.All(lines, l => Assert.False(string.IsNullOrWhiteSpace(l)));
        Assert.Contains("阿克陶县医疗保障局", lines);
    }
}
