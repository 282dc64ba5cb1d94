using System.Globalization;

namespace Samspill.Grains.Common;

/// <summary>
/// Validation of free-text inputs: trimmed, length-bounded, no control characters. Invisible format characters
/// that can disguise text (right-to-left overrides, zero-width spaces and joiners) are refused: bidirectional
/// controls everywhere, every format character in one-line fields (titles, names, references) that people scan
/// to tell things apart.
/// </summary>
public static class TextInput
{
    public static string Required(string field, string? value, int min, int max)
    {
        var text = value?.Trim() ?? "";
        if (text.Length < min || text.Length > max)
            throw DomainException.Invalid(field, min > 0
                ? $"{field} must be between {min} and {max} characters."
                : $"{field} must be at most {max} characters.");
        if (text.Any(c => char.IsControl(c) && c is not '\n' and not '\r' and not '\t'))
            throw DomainException.Invalid(field, $"{field} must not contain control characters.");
        if (text.Any(IsBidiControl))
            throw DomainException.Invalid(field, $"{field} must not contain text-direction controls.");
        return text;
    }

    public static string? Optional(string field, string? value, int max) =>
        value is null ? null : Required(field, value, 0, max);

    /// <summary>A one-line field (title, name, reference): also no line breaks and no invisible format characters.</summary>
    public static string Line(string field, string? value, int min, int max)
    {
        var text = Required(field, value, min, max);
        if (text.Any(c => c is '\n' or '\r' or '\t'))
            throw DomainException.Invalid(field, $"{field} must be one line.");
        if (text.Any(IsFormat))
            throw DomainException.Invalid(field, $"{field} must not contain invisible formatting characters.");
        return text;
    }

    public static string? OptionalLine(string field, string? value, int max) =>
        value is null ? null : Line(field, value, 0, max);

    /// <summary>Unicode's format characters (category Cf): zero-width space/joiners, bidi controls, soft hyphen, BOM.</summary>
    public static bool IsFormat(char c) => CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.Format;

    private static bool IsBidiControl(char c) => c is >= '\u202A' and <= '\u202E' or >= '\u2066' and <= '\u2069' or '\u200E' or '\u200F' or '\u061C';
}
