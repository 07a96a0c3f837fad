using System.Buffers.Text;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace ReportIngest.Core.Documents;

/// <summary>
/// Writes a <see cref="BoundingBox"/> as {"left","bottom","right","top"}, each coordinate that is a whole number of
/// hundredths (as extraction keeps them) in fixed-point digits. The artifacts hold one box per cell, and the
/// shortest-round-trip formatting of doubles was the largest single cost of writing them.
/// </summary>
/// <remarks>
/// Exact: for an integer h, <c>h / 100.0</c> is the double nearest to the decimal h/100 and so is what its digits read
/// back as. Other values are written by the serializer's own double formatting.
/// </remarks>
public sealed class BoundingBoxJson : JsonConverter<BoundingBox>
{
    private static readonly JsonEncodedText Left = JsonEncodedText.Encode("left");
    private static readonly JsonEncodedText Bottom = JsonEncodedText.Encode("bottom");
    private static readonly JsonEncodedText Right = JsonEncodedText.Encode("right");
    private static readonly JsonEncodedText Top = JsonEncodedText.Encode("top");

    public override BoundingBox Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.StartObject) throw new JsonException("a bounding box is an object");
        double left = 0, bottom = 0, right = 0, top = 0;
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var coordinate = CoordinateNamed(ref reader);
            reader.Read();
            switch (coordinate)
            {
                case 0: left = reader.GetDouble(); break;
                case 1: bottom = reader.GetDouble(); break;
                case 2: right = reader.GetDouble(); break;
                case 3: top = reader.GetDouble(); break;
                default: reader.Skip(); break; // width and height, written by earlier versions
            }
        }
        if (reader.TokenType != JsonTokenType.EndObject) throw new JsonException("unterminated bounding box");
        return new BoundingBox(left, bottom, right, top);
    }

    /// <summary>0 left, 1 bottom, 2 right, 3 top, -1 any other name; compared as UTF-8, no string per name (a cached
    /// run reads every cell's box).</summary>
    private static int CoordinateNamed(ref Utf8JsonReader reader) =>
        reader.ValueTextEquals(Left.EncodedUtf8Bytes) ? 0
        : reader.ValueTextEquals(Bottom.EncodedUtf8Bytes) ? 1
        : reader.ValueTextEquals(Right.EncodedUtf8Bytes) ? 2
        : reader.ValueTextEquals(Top.EncodedUtf8Bytes) ? 3
        : -1;

    public override void Write(Utf8JsonWriter writer, BoundingBox box, JsonSerializerOptions options)
    {
        writer.WriteStartObject();
        Write(writer, Left, box.Left);
        Write(writer, Bottom, box.Bottom);
        Write(writer, Right, box.Right);
        Write(writer, Top, box.Top);
        writer.WriteEndObject();
    }

    private static void Write(Utf8JsonWriter writer, JsonEncodedText name, double value)
    {
        writer.WritePropertyName(name);
        var hundredths = Math.Round(value * 100);
        if (hundredths / 100 != value || Math.Abs(hundredths) >= 1e15)
        {
            writer.WriteNumberValue(value);
            return;
        }
        var whole = (long)Math.Abs(hundredths);
        Span<byte> text = stackalloc byte[24];
        var length = 0;
        if (hundredths < 0) text[length++] = (byte)'-';
        Utf8Formatter.TryFormat(whole / 100, text[length..], out var written);
        length += written;
        var fraction = (int)(whole % 100);
        if (fraction != 0)
        {
            text[length++] = (byte)'.';
            text[length++] = (byte)('0' + fraction / 10);
            if (fraction % 10 != 0) text[length++] = (byte)('0' + fraction % 10);
        }
        writer.WriteRawValue(text[..length], skipInputValidation: true);
    }
}
