using System.Security.Cryptography;
using System.Text;
using Orleans.Runtime;

namespace Samspill.Storage;

/// <summary>Turns service id, grain id and state name into PartitionKey/RowKey values Azure Tables accepts.</summary>
internal static class TableKeyEncoder
{
    // '%' is not the escape character: the Table service decodes '%' in keys a second time, which
    // breaks point reads and deletes of such rows (a long-known service bug), so '!' plays its part.
    private const char EscapeChar = '!';
    private const char Separator = '|';

    // Azure allows 1 KiB per key; counting UTF-16 code units keeps us inside it whatever the service counts.
    internal const int MaxKeyLength = 512;
    private const int ShortenedPrefixLength = 440;

    // "!~" never occurs in an escaped key ('!' is always followed by two hex digits), so a shortened
    // key can never equal an unshortened one.
    private const string HashMarker = "!~";

    public static string PartitionKey(string serviceId, GrainId grainId) =>
        Shorten(string.Concat(Escape(serviceId), Separator, Escape(grainId.Type.ToString()!), Separator, Escape(grainId.Key.ToString()!)));

    public static string RowKey(string stateName) => Shorten(Escape(stateName));

    internal static string Escape(string value)
    {
        if (!value.AsSpan().ContainsAny(CharsToEscape)) return value;
        var builder = new StringBuilder(value.Length + 16);
        foreach (var ch in value)
        {
            if (CharsToEscape.Contains(ch)) builder.Append(EscapeChar).Append(((int)ch).ToString("X2"));
            else builder.Append(ch);
        }
        return builder.ToString();
    }

    internal static string Unescape(string value)
    {
        if (!value.Contains(EscapeChar)) return value;
        var builder = new StringBuilder(value.Length);
        for (var i = 0; i < value.Length; i++)
        {
            if (value[i] == EscapeChar)
            {
                builder.Append((char)Convert.ToInt32(value.Substring(i + 1, 2), 16));
                i += 2;
            }
            else builder.Append(value[i]);
        }
        return builder.ToString();
    }

    private static string Shorten(string key)
    {
        if (key.Length <= MaxKeyLength) return key;
        var prefixLength = ShortenedPrefixLength;
        // Cutting a surrogate pair in half would leave invalid UTF-16 that cannot travel as UTF-8.
        if (char.IsHighSurrogate(key[prefixLength - 1])) prefixLength--;
        var hash = Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(key)));
        return string.Concat(key.AsSpan(0, prefixLength), HashMarker, hash);
    }

    private static readonly System.Buffers.SearchValues<char> CharsToEscape = System.Buffers.SearchValues.Create(BuildCharsToEscape());

    private static string BuildCharsToEscape()
    {
        var chars = new StringBuilder();
        // Refused by Azure Tables in keys: control characters and / \ # ?
        for (var c = '\u0000'; c <= '\u001F'; c++) chars.Append(c);
        for (var c = '\u007F'; c <= '\u009F'; c++) chars.Append(c);
        chars.Append("/\\#?");
        // Ours: the escape character, the separator, and two characters some Table clients and
        // emulators mishandle in key URLs ('%' double-decoding, '\'' OData quoting).
        chars.Append(EscapeChar).Append(Separator).Append("%'");
        return chars.ToString();
    }
}
