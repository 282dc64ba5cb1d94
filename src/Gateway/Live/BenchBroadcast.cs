using System.Diagnostics;
using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.SignalR;
using Microsoft.Extensions.Hosting;
using Samspill.Gateway.Security;

namespace Samspill.Gateway.Live;

/// <summary>
/// POST /dev/live-broadcast, in Development only and from loopback only: a bare <see cref="IHubContext{THub}"/> group
/// broadcast of the `event` it is given, to the connections of the live hub. bench/LiveFanout measures the platform's
/// push path (mutation → grain → topic grain → group) against this floor on the same connections in the same run.
/// </summary>
public static class BenchBroadcast
{
    public const string Path = "/dev/live-broadcast";

    /// <summary>The group (a stream name, as the topic grains use) and the message to send it.</summary>
    public sealed record BroadcastRequest(string Group, LiveMessage Event);

    public static void MapBenchBroadcast(this WebApplication app)
    {
        // Not mapped at all elsewhere: a production host has no such endpoint to guard.
        if (!app.Environment.IsDevelopment()) return;
        app.MapPost(Path, BroadcastAsync).AllowAnonymous().RequireRateLimiting(RateLimiting.PerCaller);
    }

    private static async Task<IResult> BroadcastAsync(HttpContext http, BroadcastRequest request, IHubContext<LiveHub> hub)
    {
        if (http.Connection.RemoteIpAddress is not { } address || !IPAddress.IsLoopback(address)) return Results.NotFound();
        if (string.IsNullOrEmpty(request.Group)) return Results.BadRequest();
        var started = Stopwatch.GetTimestamp();
        // Completes when every connection's write has been handed to its transport (the server's share of a fan-out).
        await hub.Clients.Group(request.Group).SendAsync("event", request.Event);
        return Results.Ok(new { handedOffMs = Stopwatch.GetElapsedTime(started).TotalMilliseconds });
    }
}
