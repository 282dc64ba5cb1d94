namespace Samspill.Grains.Common;

/// <summary>Validation of free-text inputs: trimmed, length-bounded, no control characters.</summary>
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
        return text;
    }

    public static string? Optional(string field, string? value, int max) =>
        value is null ? null : Required(field, value, 0, max);
}
