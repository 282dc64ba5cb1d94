using System.Buffers;
using System.Diagnostics.CodeAnalysis;
using Microsoft.AspNetCore.Connections;
using Microsoft.AspNetCore.SignalR;
using Microsoft.AspNetCore.SignalR.Protocol;
using Microsoft.Extensions.Options;

namespace Samspill.Gateway.Live;

/// <summary>
/// A SignalR hub protocol (JSON, MessagePack) as it is, except that a hub error we raised arrives with its contract
/// code first ("FORBIDDEN: …"), as contract/live.md wants. SignalR itself always prefixes a <see cref="HubException"/>
/// with "An unexpected error occurred invoking '…' on the server. HubException: ", and no hub filter can change that.
/// </summary>
public sealed class CodeFirstHubProtocol(IHubProtocol inner) : IHubProtocol
{
    private const string Marker = "HubException: ";

    /// <summary>The JSON protocol with code-first errors.</summary>
    public CodeFirstHubProtocol(IOptions<JsonHubProtocolOptions> options) : this(new JsonHubProtocol(options))
    {
    }

    public string Name => inner.Name;
    public int Version => inner.Version;
    public TransferFormat TransferFormat => inner.TransferFormat;

    public bool IsVersionSupported(int version) => inner.IsVersionSupported(version);

    public bool TryParseMessage(ref ReadOnlySequence<byte> input, IInvocationBinder binder, [NotNullWhen(true)] out HubMessage? message) =>
        inner.TryParseMessage(ref input, binder, out message);

    public void WriteMessage(HubMessage message, IBufferWriter<byte> output) => inner.WriteMessage(CodeFirst(message), output);

    public ReadOnlyMemory<byte> GetMessageBytes(HubMessage message) => inner.GetMessageBytes(CodeFirst(message));

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
