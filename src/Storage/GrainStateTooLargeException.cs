namespace Samspill.Storage;

/// <summary>Thrown instead of writing a grain state whose JSON does not fit in one table entity.</summary>
public sealed class GrainStateTooLargeException : Exception
{
    public GrainStateTooLargeException(string stateName, string grainId, int payloadBytes, int maxPayloadBytes)
        : base($"Grain state '{stateName}' of {grainId} is {payloadBytes} bytes of JSON; Azure Table grain storage holds at most {maxPayloadBytes} bytes per state. Nothing was written.")
    {
        PayloadBytes = payloadBytes;
        MaxPayloadBytes = maxPayloadBytes;
    }

    public int PayloadBytes { get; }

    public int MaxPayloadBytes { get; }
}
