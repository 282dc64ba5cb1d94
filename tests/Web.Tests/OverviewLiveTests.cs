using Microsoft.Playwright;
using Samspill.Web.Tests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace Samspill.Web.Tests;

/// <summary>The municipality's Oversikt follows what happens without a reload.</summary>
[Collection(WebAppCollection.Name)]
public sealed class OverviewLiveTests(WebAppFixture app)
{
    [Fact]
    public async Task An_open_Oversikt_shows_a_new_need_and_an_invitation_without_reload_and_accepting_joins()
    {
        // Vefsn's adviser has Oversikt open; Vefsn's other tab and Rana's lead act through the API meanwhile.
        await using var vefsn = await BrowserUser.OpenAsync(app, "Vefsn");
        await DevSession.SignInAsync(vefsn.Context, app.Silo, "municipality", "1824", "Vera i Vefsn");
        await vefsn.Page.GotoAsync("/kommune");
        await vefsn.ExpectOverviewAsync("Vefsn");
        await vefsn.CheckPageAsync("Oversikt uten data");
        await MarkPageAsync(vefsn.Page);

        var vefsnApi = await Api.ForMunicipalityAsync(app.Silo, "1824", "Vera i Vefsn");
        await vefsnApi.PublishNeedAsync("Velferdsteknologi i Vefsn", 700_000);
        var mine = vefsn.Page.GetByRole(AriaRole.Region, new() { Name = "Mine behov" });
        await Expect(mine.GetByRole(AriaRole.Link, new() { Name = "Velferdsteknologi i Vefsn", Exact = true })).ToBeVisibleAsync();
        await Expect(mine.GetByText("Identifisert")).ToBeVisibleAsync();

        var rana = await Api.ForMunicipalityAsync(app.Silo, "1833", "Roar i Rana");
        var ranaNeed = await rana.PublishNeedAsync("Trygghetsteknologi i Rana", 1_200_000);
        var consortium = await rana.CreateConsortiumAsync("Trygghet på Helgeland", ranaNeed);
        await rana.InviteAsync(consortium, "1824", "Bli med?");

        var invitations = vefsn.Page.GetByRole(AriaRole.Region, new() { Name = "Invitasjoner som venter på svar" });
        await Expect(invitations.GetByRole(AriaRole.Link, new() { Name = "Trygghet på Helgeland", Exact = true })).ToBeVisibleAsync();
        await Expect(invitations.GetByText("«Bli med?»")).ToBeVisibleAsync();
        await Expect(invitations.GetByText("Invitert av Rana - Raane")).ToBeVisibleAsync();
        await vefsn.CheckPageAsync("Oversikt med invitasjon");

        await invitations.GetByRole(AriaRole.Button, new() { Name = "Takk ja til Trygghet på Helgeland" }).ClickAsync();
        await Expect(invitations.GetByText("Dere er nå med i Trygghet på Helgeland.")).ToBeVisibleAsync();
        await Expect(invitations.GetByText("Ingen invitasjoner venter på svar.")).ToBeVisibleAsync();
        var consortia = vefsn.Page.GetByRole(AriaRole.Region, new() { Name = "Mine innkjøpssamarbeid" });
        await Expect(consortia.GetByRole(AriaRole.Link, new() { Name = "Trygghet på Helgeland", Exact = true })).ToBeVisibleAsync();
        await Expect(consortia.GetByText("Medlem · Medlemmer: 2")).ToBeVisibleAsync();

        // None of it needed a reload: the marker set on the first load is still there.
        Assert.True(await vefsn.Page.EvaluateAsync<bool>("() => window.__samspillNotReloaded === true"));
        await vefsn.CheckPageAsync("Oversikt etter svar");
    }

    /// <summary>Marks the document; a reload would lose the mark.</summary>
    internal static Task MarkPageAsync(IPage page) => page.EvaluateAsync("() => { window.__samspillNotReloaded = true; }");
}
