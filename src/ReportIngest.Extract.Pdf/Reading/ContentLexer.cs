using UglyToad.PdfPig.Core;

namespace ReportIngest.Extract.Pdf.Reading;

/// <summary>
/// Splits a content stream into tokens without allocating per token. It reads numbers, strings and names the way
/// PdfPig's tokenizers do (the same arithmetic for numbers, the same escapes and end-of-string recovery for literal
/// strings), so that the positions computed from them are the same to the last bit; whatever it would read
/// differently (a name with # escapes, a literal string starting with a byte-order mark, a byte no tokenizer takes)
/// raises <see cref="UnsupportedContentException"/>.
/// </summary>
internal sealed class ContentLexer
{
    private byte[] _data = [];
    private int _length;
    private int _position;
    private byte[] _text = new byte[256];
    private int _textLength;

    /// <summary>The bytes of the strings, names and operators read since <see cref="ClearText"/>.</summary>
    public ReadOnlySpan<byte> Text => _text.AsSpan(0, _textLength);

    /// <summary>The buffer <see cref="Text"/> is a view of; valid until the next token is read.</summary>
    public byte[] TextBuffer => _text;

    public void Reset(ArraySegment<byte> content)
    {
        (_data, _position, _length) = (content.Array ?? [], content.Offset, content.Offset + content.Count);
        ClearText();
    }

    /// <summary>Forgets the text of earlier tokens (called once an operator has used its operands).</summary>
    public void ClearText() => _textLength = 0;

    public ContentToken Next()
    {
        while (_position < _length)
        {
            var b = _data[_position];
            if (ReadHelper.IsWhitespace(b) || char.IsControl((char)b))
            {
                _position++;
                continue;
            }
            switch (b)
            {
                case (byte)'%':
                    SkipComment();
                    continue;
                case (byte)'(':
                    return ReadLiteralString();
                case (byte)'<':
                    if (_position + 1 < _length && _data[_position + 1] == '<')
                    {
                        _position += 2;
                        return new ContentToken(ContentTokenKind.DictionaryStart);
                    }
                    return ReadHexString();
                case (byte)'>':
                    if (_position + 1 < _length && _data[_position + 1] == '>')
                    {
                        _position += 2;
                        return new ContentToken(ContentTokenKind.DictionaryEnd);
                    }
                    throw new UnsupportedContentException("a lone '>'");
                case (byte)'[':
                    _position++;
                    return new ContentToken(ContentTokenKind.ArrayStart);
                case (byte)']':
                    _position++;
                    return new ContentToken(ContentTokenKind.ArrayEnd);
                case (byte)'/':
                    return ReadName();
                case (byte)'+' or (byte)'-' or (byte)'.' or >= (byte)'0' and <= (byte)'9':
                    return ReadNumber();
                case (byte)')' or (byte)'{' or (byte)'}':
                    throw new UnsupportedContentException($"a stray '{(char)b}'");
                default:
                    return ReadOperator();
            }
        }
        return new ContentToken(ContentTokenKind.End);
    }

    private void SkipComment()
    {
        while (_position < _length && _data[_position] != '\r' && _data[_position] != '\n') _position++;
    }

    private ContentToken ReadOperator()
    {
        var start = _textLength;
        Append(_data[_position++]);
        while (_position < _length)
        {
            var b = _data[_position];
            if (ReadHelper.IsWhitespace(b) || b is (byte)'%' or (byte)'(' or (byte)')' or (byte)'/' or (byte)'<' or (byte)'>' or (byte)'[' or (byte)']') break;
            Append(b);
            _position++;
        }
        var word = _text.AsSpan(start, _textLength - start);
        if (word.SequenceEqual("true"u8) || word.SequenceEqual("false"u8))
            return new ContentToken(ContentTokenKind.Boolean, word.Length == 4 ? 1 : 0);
        if (word.SequenceEqual("null"u8)) return new ContentToken(ContentTokenKind.Null);
        return new ContentToken(ContentTokenKind.Operator, 0, start, _textLength - start);
    }

    private ContentToken ReadName()
    {
        _position++;
        var start = _textLength;
        while (_position < _length)
        {
            var b = _data[_position];
            if (ReadHelper.IsEndOfName(b)) break;
            if (b == '#' || b >= 0x80) throw new UnsupportedContentException("a name with escapes or non-ASCII bytes");
            Append(b);
            _position++;
        }
        return new ContentToken(ContentTokenKind.Name, 0, start, _textLength - start);
    }

    /// <summary>PdfPig's number reading: whole part accumulated as a double, fraction as an integer scaled once.</summary>
    private ContentToken ReadNumber()
    {
        var read = 0;
        var negative = false;
        var whole = 0.0;
        var inFraction = false;
        long fraction = 0;
        var fractionDigits = 0;
        var inExponent = false;
        var negativeExponent = false;
        var exponent = 0;
        for (; _position < _length; _position++, read++)
        {
            var b = _data[_position];
            if (b is >= (byte)'0' and <= (byte)'9')
            {
                if (inExponent) exponent = exponent * 10 + (b - '0');
                else if (inFraction)
                {
                    fraction = fraction * 10 + (b - '0');
                    fractionDigits++;
                }
                else whole = whole * 10.0 + (b - '0');
                continue;
            }
            switch (b)
            {
                case (byte)'-':
                    if (inExponent) negativeExponent = true;
                    else negative = true;
                    continue;
                case (byte)'.':
                    if (inExponent || inFraction) throw new UnsupportedContentException("a number with two points");
                    inFraction = true;
                    continue;
                case (byte)'e' or (byte)'E':
                    if (read == 0 || inExponent) throw new UnsupportedContentException("a malformed exponent");
                    inExponent = true;
                    continue;
                case (byte)'+':
                    continue;
            }
            break;
        }
        if (inExponent && !negativeExponent)
        {
            var mantissa = whole * Pow10(fractionDigits) + fraction;
            var shift = exponent - fractionDigits;
            whole = shift < 0 ? mantissa / Pow10(-shift) : mantissa * Pow10(shift);
            inFraction = false;
            inExponent = false;
        }
        if (inFraction && fractionDigits > 0)
        {
            whole = fractionDigits switch
            {
                1 => whole + fraction / 10.0,
                2 => whole + fraction / 100.0,
                3 => whole + fraction / 1000.0,
                _ => whole + fraction / Math.Pow(10.0, fractionDigits),
            };
        }
        if (inExponent) whole *= Math.Pow(10.0, negativeExponent ? -exponent : exponent);
        if (negative) whole = 0.0 - whole;
        if (fractionDigits > 18) throw new UnsupportedContentException("a fraction too long to scale exactly");
        return new ContentToken(ContentTokenKind.Number, whole == 0.0 ? 0.0 : whole);
    }

    private static double Pow10(int exponent) => exponent switch
    {
        0 => 1.0,
        1 => 10.0,
        2 => 100.0,
        3 => 1000.0,
        4 => 10000.0,
        5 => 100000.0,
        6 => 1000000.0,
        7 => 10000000.0,
        8 => 100000000.0,
        9 => 1000000000.0,
        _ => Math.Pow(10.0, exponent),
    };

    private ContentToken ReadHexString()
    {
        _position++;
        var start = _textLength;
        var high = -1;
        while (true)
        {
            if (_position >= _length) break;
            var b = _data[_position++];
            if (ReadHelper.IsWhitespace(b)) continue;
            if (b == '>') break;
            var digit = HexValue(b);
            if (digit < 0) throw new UnsupportedContentException("a hex string with a non-hex byte");
            if (high < 0) high = digit;
            else
            {
                Append((byte)(high * 16 + digit));
                high = -1;
            }
        }
        if (high >= 0) Append((byte)(high * 16));
        return new ContentToken(ContentTokenKind.String, 0, start, _textLength - start);
    }

    private static int HexValue(byte b) => b switch
    {
        >= (byte)'0' and <= (byte)'9' => b - '0',
        >= (byte)'a' and <= (byte)'f' => b - 'a' + 10,
        >= (byte)'A' and <= (byte)'F' => b - 'A' + 10,
        _ => -1,
    };

    /// <summary>A literal string's bytes, read as PdfPig's string tokenizer reads them (line ends kept as they are).</summary>
    private ContentToken ReadLiteralString()
    {
        _position++;
        var start = _textLength;
        var depth = 1;
        var escaped = false;
        var lineBreaking = false;
        var octal = -1;
        var octalDigits = 0;
        while (_position < _length)
        {
            var c = _data[_position++];
            if (octal >= 0)
            {
                var isDigit = c is >= (byte)'0' and <= (byte)'7';
                if (isDigit)
                {
                    octal = octal * 8 + (c - '0');
                    octalDigits++;
                }
                if (octalDigits == 3 || !isDigit)
                {
                    if (octal > 255) throw new UnsupportedContentException("an octal escape above 255");
                    Append((byte)octal);
                    octal = -1;
                    octalDigits = 0;
                }
                if (isDigit) continue;
            }
            switch (c)
            {
                case (byte)')':
                    lineBreaking = false;
                    if (!escaped) depth--;
                    escaped = false;
                    if (depth > 0) Append(c);
                    if (EndsUnbalanced()) depth = 0;
                    break;
                case (byte)'(':
                    lineBreaking = false;
                    if (!escaped) depth++;
                    escaped = false;
                    Append(c);
                    break;
                case (byte)'\\':
                    lineBreaking = false;
                    if (escaped)
                    {
                        Append(c);
                        escaped = false;
                    }
                    else escaped = true;
                    break;
                default:
                    if (lineBreaking)
                    {
                        if (c is (byte)'\r' or (byte)'\n') continue;
                        lineBreaking = false;
                        Append(c);
                    }
                    else if (escaped)
                    {
                        switch (c)
                        {
                            case (byte)'n': Append((byte)'\n'); break;
                            case (byte)'r': Append((byte)'\r'); break;
                            case (byte)'t': Append((byte)'\t'); break;
                            case (byte)'b': Append((byte)'\b'); break;
                            case (byte)'f': Append((byte)'\f'); break;
                            case >= (byte)'0' and <= (byte)'7':
                                octal = c - '0';
                                octalDigits = 1;
                                break;
                            case (byte)'\r' or (byte)'\n':
                                lineBreaking = true;
                                break;
                            default: Append(c); break;
                        }
                        escaped = false;
                    }
                    else Append(c);
                    break;
            }
            if (depth <= 0) break;
        }
        var length = _textLength - start;
        if (length >= 2 && ((_text[start] == 0xFE && _text[start + 1] == 0xFF) || (_text[start] == 0xFF && _text[start + 1] == 0xFE)))
            throw new UnsupportedContentException("a literal string with a byte-order mark");
        return new ContentToken(ContentTokenKind.String, 0, start, length);
    }

    /// <summary>PdfPig ends a string with unbalanced parentheses where a carriage return and a name or '>' follow.</summary>
    private bool EndsUnbalanced()
    {
        if (_position + 3 > _length) return false;
        var (a, b, c) = (_data[_position], _data[_position + 1], _data[_position + 2]);
        return a == 13 && ((b == 10 && c == 47) || c == 62 || b == 47 || b == 62);
    }

    private void Append(byte b)
    {
        if (_textLength == _text.Length) Array.Resize(ref _text, _text.Length * 2);
        _text[_textLength++] = b;
    }
}
