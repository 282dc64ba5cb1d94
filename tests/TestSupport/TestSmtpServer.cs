using System.Buffers;
using System.Collections.Concurrent;
using System.Net;
using MimeKit;
using SmtpServer;
using SmtpServer.Protocol;
using SmtpServer.Storage;

namespace Samspill.TestSupport;

/// <summary>
/// A real SMTP server (the SmtpServer package) on a free 127.0.0.1 port, in the test process, keeping what it is
/// sent; told to, it refuses messages with 451 (try again later), so mail waits in the silo's outbox, or holds its
/// reply to each message it has kept, so the sender cannot know that it was accepted.
/// </summary>
public sealed class TestSmtpServer : IAsyncDisposable
{
    private readonly CancellationTokenSource _stop = new();
    private readonly SmtpServer.SmtpServer _server;
    private readonly Task _running;
    private int _refuseNext;
    private volatile bool _refusing;
    private volatile bool _holding;
    private readonly TaskCompletionSource _released = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private int _refused;

    public TestSmtpServer()
    {
        Port = FreePort.Next();
        var options = new SmtpServerOptionsBuilder()
            .ServerName("localhost")
            .Endpoint(b => b.Endpoint(new IPEndPoint(IPAddress.Loopback, Port)))
            .Build();
        var services = new SmtpServer.ComponentModel.ServiceProvider();
        services.Add(new Store(this));
        _server = new SmtpServer.SmtpServer(options, services);
        _running = _server.StartAsync(_stop.Token);
    }

    public int Port { get; }

    /// <summary>Every message accepted, in order.</summary>
    public ConcurrentQueue<ReceivedMail> Received { get; } = new();

    /// <summary>How many messages were refused so far.</summary>
    public int Refused => Volatile.Read(ref _refused);

    /// <summary>Refuses the next <paramref name="count"/> messages with 451 (try again later).</summary>
    public void RefuseNext(int count) => Interlocked.Exchange(ref _refuseNext, count);

    /// <summary>Refuses every message until set false.</summary>
    public bool Refusing { get => _refusing; set => _refusing = value; }

    /// <summary>
    /// Keeps each message (in <see cref="Received"/>) but gives no reply until <see cref="Release"/>: the window
    /// between a server's accept and the sender's record of it, held open.
    /// </summary>
    public bool Holding { get => _holding; set => _holding = value; }

    /// <summary>Replies to the held messages (and to any later one) at once.</summary>
    public void Release() => _released.TrySetResult();

    /// <summary>Messages to one address.</summary>
    public IReadOnlyList<ReceivedMail> To(string address) =>
        Received.Where(m => m.Recipients.Contains(address, StringComparer.OrdinalIgnoreCase)).ToList();

    public async ValueTask DisposeAsync()
    {
        _stop.Cancel();
        _server.Shutdown();
        try { await _running.WaitAsync(TimeSpan.FromSeconds(10)); } catch (Exception) { /* stopped */ }
        _stop.Dispose();
    }

    private sealed class Store(TestSmtpServer owner) : MessageStore
    {
        public override async Task<SmtpResponse> SaveAsync(ISessionContext context, IMessageTransaction transaction, ReadOnlySequence<byte> buffer, CancellationToken cancellationToken)
        {
            if (owner._refusing) return Refuse();
            while (true)
            {
                var left = Volatile.Read(ref owner._refuseNext);
                if (left <= 0) break;
                if (Interlocked.CompareExchange(ref owner._refuseNext, left - 1, left) == left) return Refuse();
            }
            using var stream = new MemoryStream(buffer.ToArray());
            var message = await MimeMessage.LoadAsync(stream, cancellationToken);
            var recipients = transaction.To.Select(m => $"{m.User}@{m.Host}").ToList();
            owner.Received.Enqueue(new ReceivedMail(context.SessionId, recipients, message));
            if (owner._holding)
            {
                try { await owner._released.Task.WaitAsync(cancellationToken); } catch (OperationCanceledException) { }
            }
            return SmtpResponse.Ok;
        }

        private SmtpResponse Refuse()
        {
            Interlocked.Increment(ref owner._refused);
            return new SmtpResponse((SmtpReplyCode)451, "Try again later");
        }
    }
}

/// <summary>One accepted message: the SMTP session it came in, the envelope recipients, the parsed message.</summary>
public sealed record ReceivedMail(Guid SessionId, IReadOnlyList<string> Recipients, MimeMessage Message)
{
    public string Subject => Message.Subject ?? "";
    public string MessageId => Message.MessageId ?? "";
    public string Text => Message.TextBody ?? "";
    public string Html => Message.HtmlBody ?? "";
    public string? Header(string name) => Message.Headers.Contains(name) ? Message.Headers[name]! : null;
}
