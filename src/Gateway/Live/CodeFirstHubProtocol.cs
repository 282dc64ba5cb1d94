using System.Buffers;
using System.Diagnostics.CodeAnalysis;
using Microsoft.AspNetCore.Connections;
using Microsoft.AspNetCore.SignalR;
using Microsoft.AspNetCore.SignalR.Protocol;
using Microsoft.Extensions.Options;

namespace Samspill.Gateway.Live;

/// <summary>
/// SignalR's JSON protocol, except that a hub error we raised arrives with its contract code first
/// ("FORBIDDEN: …"), as contract/live.md wants. SignalR itself always prefixes a <see cref="HubException"/> with
/// "An unexpected error occurred invoking '…' on the server. HubException: ", and no hub filter can change that.
/// </summary>
public sealed class CodeFirstHubProtocol(IOptions<JsonHubProtocolOptions> options) : IHubProtocol
{
    private const string Marker = "HubException: ";
    private readonly JsonHubProtocol _inner = new(options);

    public string Name => _inner.Name;
    public int Version => _inner.Version;
    public TransferFormat TransferFormat => _inner.TransferFormat;

    public bool IsVersionSupported(int version) => _inner.IsVersionSupported(version);

    public bool TryParseMessage(ref ReadOnlySequence<byte> input, IInvocationBinder binder, [NotNullWhen(true)] out HubMessage? message) =>
        _inner.TryParseMessage(ref input, binder, out message);

    public void WriteMessage(HubMessage message, IBufferWriter<byte> output) => _inner.WriteMessage(CodeFirst(message), output);

    public ReadOnlyMemory<byte> GetMessageBytes(HubMessage message) => _inner.GetMessageBytes(CodeFirst(message));

    /// <summary>Only the text after SignalR's own sentence is ours; other errors pass unchanged.</summary>
    public static string CodeFirst(string error)
    {
        var at = error.IndexOf(Marker, StringComparison.Ordinal);
        return at < 0 ? error : error[(at + Marker.Length)..];
    }

    private static HubMessage CodeFirst(HubMessage message) =>
        message is CompletionMessage { Error: { } error } completion
            ? CompletionMessage.WithError(completion.InvocationId!, CodeFirst(error))
            : message;
}
