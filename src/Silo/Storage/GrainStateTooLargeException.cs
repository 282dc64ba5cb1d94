namespace Samspill.Silo.Storage;

/// <summary>Thrown instead of writing a grain state whose JSON does not fit well inside one table entity.</summary>
public sealed class GrainStateTooLargeException(string stateType, int payloadBytes, int maxPayloadBytes)
    : Exception($"Grain state {stateType} is {payloadBytes} bytes of JSON; grain storage holds at most {maxPayloadBytes} bytes per state. Nothing was written.")
{
    /// <summary>The state type as <see cref="StateTypeName"/> names it, e.g. ConsortiumState or DirectoryPage&lt;ConsortiumSummary&gt;.</summary>
    public string StateType { get; } = stateType;

    public int PayloadBytes { get; } = payloadBytes;

    public int MaxPayloadBytes { get; } = maxPayloadBytes;
}
