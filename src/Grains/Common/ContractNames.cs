using System.Text;

namespace Samspill.Grains.Common;

/// <summary>
/// The contract's spelling of an enum value: the C# name in SCREAMING_SNAKE_CASE (OneToOneMeetings →
/// ONE_TO_ONE_MEETINGS), for messages and event data written by the grains, which know nothing of GraphQL.
/// </summary>
public static class ContractNames
{
    public static string Of<T>(T value) where T : struct, Enum
    {
        var name = value.ToString();
        var text = new StringBuilder(name.Length + 8);
        for (var i = 0; i < name.Length; i++)
        {
            if (i > 0 && char.IsUpper(name[i])) text.Append('_');
            text.Append(char.ToUpperInvariant(name[i]));
        }
        return text.ToString();
    }
}
