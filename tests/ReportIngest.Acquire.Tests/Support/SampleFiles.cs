using System.Text;

namespace ReportIngest.Acquire.Tests.Support;

/// <summary>Distinct, well-formed files to serve.</summary>
public static class SampleFiles
{
    /// <summary>A PDF-shaped body: header, seeded random bytes, %%EOF and the given trailing whitespace.</summary>
    public static byte[] Pdf(int seed, int size = 20_000, string trailer = "\n")
    {
        var filler = new byte[size];
        new Random(seed).NextBytes(filler);
        return [.. "%PDF-1.7\n"u8, .. filler, .. "\n%%EOF"u8, .. Encoding.ASCII.GetBytes(trailer)];
    }

    public static byte[] Text(string content) => Encoding.UTF8.GetBytes(content);

    public static readonly byte[] LoginPage = Encoding.UTF8.GetBytes(
        "<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>用户登录 - 某县财政局</title></head>" +
        "<body><form>请先登录</form></body></html>");
}
