using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;

namespace Samspill.Silo.Hosting;

/// <summary>
/// OpenTelemetry traces and metrics over OTLP, only when OTEL_EXPORTER_OTLP_ENDPOINT is set (the exporter reads
/// that and the other standard OTEL_* variables itself): ASP.NET Core requests, Orleans' meters and grain-call
/// activities.
/// </summary>
public static class TelemetrySetup
{
    public const string EndpointVariable = "OTEL_EXPORTER_OTLP_ENDPOINT";
    public const string OrleansMeter = "Microsoft.Orleans";
    public static readonly string[] OrleansActivitySources = ["Microsoft.Orleans.Runtime", "Microsoft.Orleans.Application"];

    public static bool Enabled(IConfiguration config) => !string.IsNullOrWhiteSpace(config[EndpointVariable]);

    public static WebApplicationBuilder AddSamspillTelemetry(this WebApplicationBuilder builder, ISiloBuilder silo)
    {
        if (!Enabled(builder.Configuration)) return builder;
        // Grain calls become child activities of the request that made them.
        silo.AddActivityPropagation();
        builder.Services.AddOpenTelemetry()
            .ConfigureResource(r => r.AddService(
                serviceName: builder.Configuration["OTEL_SERVICE_NAME"] ?? "samspill-silo",
                serviceInstanceId: Environment.GetEnvironmentVariable("POD_NAME") ?? $"{Environment.MachineName}:{Environment.ProcessId}"))
            .WithTracing(t => t
                .AddAspNetCoreInstrumentation()
                .AddSource(OrleansActivitySources)
                .AddOtlpExporter())
            .WithMetrics(m => m
                .AddAspNetCoreInstrumentation()
                .AddMeter(OrleansMeter)
                .AddOtlpExporter());
        return builder;
    }
}
