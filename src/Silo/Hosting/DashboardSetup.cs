using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.AspNetCore.Authorization;
using Orleans.Dashboard;
using Samspill.Gateway.Identity;

namespace Samspill.Silo.Hosting;

/// <summary>
/// The Orleans dashboard at /dashboard, for programme staff only (anonymous 401, other roles 403). A browser
/// cannot send a bearer header when it opens a page, so /dashboard?access_token=… is accepted once and turned
/// into an HttpOnly cookie limited to /dashboard; API clients send the usual Authorization header.
/// </summary>
public static class DashboardSetup
{
    public const string Path = "/dashboard";
    public const string Policy = "ProgrammeStaff";
    public const string CookieName = "samspill-dashboard";

    public static bool Enabled(IConfiguration config) => config.GetValue("Dashboard:Enabled", true);

    public static WebApplicationBuilder AddSamspillDashboard(this WebApplicationBuilder builder, ISiloBuilder silo)
    {
        if (!Enabled(builder.Configuration)) return builder;
        silo.AddDashboard();
        builder.Services.AddAuthorizationBuilder().AddPolicy(Policy, p => p
            .RequireAuthenticatedUser()
            // The same claims reader as every other entry point: a token it refuses never gets here (401).
            .RequireAssertion(ctx => ctx.Resource is HttpContext http && http.Caller().IsProgramme));
        builder.Services.PostConfigure<JwtBearerOptions>(JwtBearerDefaults.AuthenticationScheme, jwt =>
        {
            jwt.Events ??= new JwtBearerEvents();
            var previous = jwt.Events.OnMessageReceived;
            jwt.Events.OnMessageReceived = async ctx =>
            {
                await previous(ctx);
                var request = ctx.Request;
                if (ctx.Token is null && request.Path.StartsWithSegments(Path) && !request.Headers.ContainsKey("Authorization"))
                    ctx.Token = request.Query["access_token"].FirstOrDefault() ?? request.Cookies[CookieName];
            };
        });
        return builder;
    }

    public static WebApplication MapSamspillDashboard(this WebApplication app)
    {
        if (!Enabled(app.Configuration)) return app;
        // A page opened with ?access_token=… by programme staff: keep the token in a cookie and drop it from the URL.
        // Not async for other paths: a WebSocket's request (the live hub) passes through here and would otherwise keep
        // this middleware's state machine for as long as the connection is open.
        app.Use((context, next) =>
        {
            if (context.Request.Path.StartsWithSegments(Path) && HttpMethods.IsGet(context.Request.Method)
                && context.Request.Query["access_token"].FirstOrDefault() is { } token && context.Caller().IsProgramme)
            {
                context.Response.Cookies.Append(CookieName, token, new CookieOptions
                {
                    HttpOnly = true,
                    Secure = context.Request.IsHttps,
                    SameSite = SameSiteMode.Strict,
                    Path = Path,
                });
                context.Response.Redirect(context.Request.PathBase + context.Request.Path);
                return Task.CompletedTask;
            }
            return next(context);
        });
        app.MapOrleansDashboard(routePrefix: Path).RequireAuthorization(Policy);
        return app;
    }
}
