using GraphQL;
using GraphQL.Types;
using Microsoft.Extensions.DependencyInjection;
using Samspill.Gateway.Tests.Infrastructure;

namespace Samspill.Gateway.Tests.WebApp;

/// <summary>
/// The web app's TypeScript types are generated (graphql-codegen) from src/Web/schema.graphql; this keeps that file
/// equal to the schema the gateway serves, so the app's types cannot drift from the API. After a schema change, run
/// this test with SAMSPILL_WRITE_WEB_SCHEMA=1 to rewrite the file, then `npm run codegen` in src/Web.
/// </summary>
public sealed class WebSchemaTests(SiloApp app) : IClassFixture<SiloApp>
{
    [Fact]
    public void The_web_apps_schema_file_is_the_served_schema()
    {
        _ = app.Http; // starts the host
        var served = Normalize(app.Services.GetRequiredService<ISchema>().Print());
        var file = Path.Combine(WebAppDirectory.Path, "schema.graphql");

        if (Environment.GetEnvironmentVariable("SAMSPILL_WRITE_WEB_SCHEMA") == "1") File.WriteAllText(file, served);

        Assert.True(File.Exists(file), $"{file} is missing.");
        var committed = Normalize(File.ReadAllText(file));
        Assert.True(committed == served,
            "src/Web/schema.graphql differs from the schema the gateway serves: run this test with SAMSPILL_WRITE_WEB_SCHEMA=1, " +
            "then `npm run codegen` in src/Web, and commit both.");
    }

    private static string Normalize(string sdl) => sdl.Replace("\r\n", "\n").Trim() + "\n";
}
