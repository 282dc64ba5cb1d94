using System.Text.RegularExpressions;
using Samspill.Grains.Common;

namespace Samspill.Silo.Storage;

/// <summary>
/// A silo-wide incoming call filter: a call whose state write was refused as too large (<see cref="GrainStateTooLargeException"/>,
/// which Orleans wraps and cannot send on) fails with a contract refusal instead, VALIDATION_FAILED, at the grain that
/// tried to write. The calling grain sees a refusal like any other, and a client never sees an Orleans-internal code.
/// VALIDATION_FAILED because it is the closest of the contract's codes: the input, added to what is stored, is more
/// than can be accepted, and repeating it as it is will not help (unlike CONFLICT or UNAVAILABLE); no rule forbids it.
/// </summary>
public sealed partial class StateTooLargeFilter : IIncomingGrainCallFilter
{
    public async Task Invoke(IIncomingGrainCallContext context)
    {
        try
        {
            await context.Invoke();
        }
        catch (Exception ex) when (Find(ex) is { } tooLarge)
        {
            throw Refusal(tooLarge);
        }
    }

    /// <summary>The too-large write somewhere in <paramref name="exception"/>'s causes, or null.</summary>
    public static GrainStateTooLargeException? Find(Exception? exception)
    {
        for (var depth = 0; exception is not null && depth < 16; depth++)
        {
            switch (exception)
            {
                case GrainStateTooLargeException tooLarge:
                    return tooLarge;
                case AggregateException aggregate:
                    foreach (var inner in aggregate.InnerExceptions)
                        if (Find(inner) is { } found) return found;
                    return null;
            }
            exception = exception.InnerException;
        }
        return null;
    }

    /// <summary>The refusal a client gets: what was full, by how much, and that nothing changed.</summary>
    public static DomainException Refusal(GrainStateTooLargeException tooLarge) =>
        new(ErrorCodes.ValidationFailed,
            $"Not saved: with this change the stored {Subject(tooLarge.StateType)} would be {tooLarge.PayloadBytes} bytes, and one record holds at most " +
            $"{tooLarge.MaxPayloadBytes}. Nothing was changed; send less text, or ask the programme to look at this record.");

    /// <summary>"QuestionPageState" → "question page".</summary>
    private static string Subject(string stateType)
    {
        var name = stateType.EndsWith("State", StringComparison.Ordinal) && stateType.Length > 5 ? stateType[..^5] : stateType;
        return WordStart().Replace(name, " $1").Trim().ToLowerInvariant();
    }

    [GeneratedRegex("([A-Z])")]
    private static partial Regex WordStart();
}
