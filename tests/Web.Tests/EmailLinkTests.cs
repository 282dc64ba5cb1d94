using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using MimeKit;
using Samspill.Web.Tests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace Samspill.Web.Tests;

/// <summary>
/// Issue 16's links in real mails, followed in Chromium: a silo of its own (e-mail on, grain state in memory) sends to
/// a real SMTP server in this process. A person without an e-mail claim gives an address on Varslinger and confirms it
/// with the link from the mail; then the one-click unsubscribe link of an invitation, opened without sign-in, stops
/// invitations — the next one reaches a colleague in the same send and not them. By keyboard, axe clean.
/// </summary>
[Collection(WebAppCollection.Name)]
public sealed class EmailLinkTests(WebAppFixture app)
{
    private const string Risor = "4201", Grimstad = "4202";
    private const string Rita = "rita@risor.kommune.no", Rolf = "rolf@risor.kommune.no";

    [Fact]
    public async Task The_confirmation_link_confirms_the_address_and_the_unsubscribe_link_stops_invitations_without_sign_in()
    {
        await using var smtp = new TestSmtpServer();
        await using var silo = await SiloProcess.StartAsync(new Dictionary<string, string>(SiloProcess.ForBrowsers(SiloProcess.InMemory()))
        {
            ["Email:Enabled"] = "true",
            ["Email:StartSmtp4dev"] = "false",
            ["Email:Smtp:Host"] = "127.0.0.1",
            ["Email:Smtp:Port"] = smtp.Port.ToString(),
            ["Email:Smtp:Security"] = "None",
            ["Email:ClockInterval"] = "00:00:01",
        }, TimeSpan.FromSeconds(120));

        // Rita in Risør signs in without an e-mail claim and gives her address on Varslinger.
        await using var rita = await OpenAsync(silo);
        var page = rita.Page;
        await DevSession.SignInAsync(rita.Context, silo, "municipality", Risor, "Rita i Risør");
        await page.GotoAsync("/varslinger");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Varslinger", Level = 1 })).ToBeVisibleAsync();
        var email = page.GetByRole(AriaRole.Textbox, new() { Name = "E-postadresse" });
        await page.TabToAsync(email, "the e-mail field");
        await page.Keyboard.TypeAsync(Rita);
        await page.Keyboard.PressAsync("Enter");
        await Expect(page.GetByTestId("pending-email")).ToContainTextAsync(Rita);

        // The link from the mail, opened in the browser: a button confirms (a GET only asks), and the page says so.
        var confirmation = await MailAsync(smtp, Rita, m => (m.TextBody ?? "").Contains("/notifications/confirm", StringComparison.Ordinal), silo);
        var confirmLink = Regex.Match(confirmation.TextBody ?? "", @"https?://\S+/notifications/confirm\?\S+").Value;
        Assert.StartsWith(silo.BaseAddress.ToString().TrimEnd('/'), confirmLink);
        await page.GotoAsync(confirmLink);
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Bekreft e-postadressen", Level = 1 })).ToBeVisibleAsync();
        var confirm = page.GetByRole(AriaRole.Button, new() { Name = "Bekreft adressen" });
        // Styled as the app (the page's own inline style is allowed by its Content-Security-Policy).
        await Expect(confirm).ToHaveCSSAsync("background-color", "rgb(0, 98, 186)");
        await page.TabToAsync(confirm, "Bekreft adressen");
        await page.Keyboard.PressAsync("Enter");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "E-postadressen er bekreftet", Level = 1 })).ToBeVisibleAsync();
        await Expect(page.GetByText("Nå kan Samspill sende deg varsler til denne adressen.")).ToBeVisibleAsync();
        await Accessibility.AssertNoSeriousViolationsAsync(page, "E-postadressen er bekreftet");
        await Screenshots.SaveAsync(page, "e-post-bekreftet.png");
        var ritaApi = new Api(silo, await page.EvaluateAsync<string>($"() => JSON.parse(localStorage.getItem('{DevSession.StorageKey}')).accessToken"));
        var person = (await ritaApi.RunAsync("{ viewer { person { email emailConfirmed } } }"))["viewer"]!["person"]!;
        Assert.Equal(Rita, person["email"]!.GetValue<string>());
        Assert.True(person["emailConfirmed"]!.GetValue<bool>());

        // Rolf, her colleague, has his address from his sign-in; Grimstad invites Risør and both are told.
        var rolfToken = await PersonTokenAsync(silo, Risor, "Rolf i Risør", "rolf-risor", Rolf);
        await silo.GraphQLAsync("{ viewer { person { id } } }", null, rolfToken);
        var grimstad = await Api.ForMunicipalityAsync(silo, Grimstad, "Geir i Grimstad");
        var first = await grimstad.CreateConsortiumAsync("Trygghet i Østre Agder", await grimstad.PublishNeedAsync("Trygghetsalarmer i Grimstad", 500_000));
        await grimstad.InviteAsync(first, Risor);
        var invitation = await MailAsync(smtp, Rita, m => (m.Subject ?? "").Contains("Trygghet i Østre Agder", StringComparison.Ordinal), silo);
        await MailAsync(smtp, Rolf, m => (m.Subject ?? "").Contains("Trygghet i Østre Agder", StringComparison.Ordinal), silo);

        // The unsubscribe link of that mail, opened in a browser with nobody signed in.
        var unsubscribeLink = invitation.Headers[HeaderId.ListUnsubscribe]!.Trim().Trim('<', '>');
        Assert.Equal("List-Unsubscribe=One-Click", invitation.Headers["List-Unsubscribe-Post"]);
        await using var anonymous = await OpenAsync(silo);
        var anon = anonymous.Page;
        await anon.GotoAsync(unsubscribeLink);
        await Expect(anon.GetByRole(AriaRole.Heading, new() { Name = "Meld av varsler", Level = 1 })).ToBeVisibleAsync();
        await Expect(anon.GetByText("Vil du slutte å få varsler om invitasjoner til innkjøpssamarbeid fra Samspill på e-post?")).ToBeVisibleAsync();
        var unsubscribe = anon.GetByRole(AriaRole.Button, new() { Name = "Meld meg av" });
        await anon.TabToAsync(unsubscribe, "Meld meg av");
        await anon.Keyboard.PressAsync("Enter");
        await Expect(anon.GetByRole(AriaRole.Heading, new() { Name = "Du er meldt av", Level = 1 })).ToBeVisibleAsync();
        await Expect(anon.Locator("header img")).Not.ToHaveJSPropertyAsync("naturalWidth", 0);
        await Expect(anon.GetByText("Du får ikke flere slike varsler på e-post.", new() { Exact = false })).ToBeVisibleAsync();
        await Accessibility.AssertNoSeriousViolationsAsync(anon, "Du er meldt av");
        await Screenshots.SaveAsync(anon, "e-post-meldt-av.png");

        // Varslinger shows invitations off; the next invitation reaches Rolf, and Rita, in the same send, gets nothing.
        await page.GotoAsync("/varslinger");
        await Expect(page.GetByRole(AriaRole.Group, new() { Name = "Invitasjoner til innkjøpssamarbeid" }).GetByRole(AriaRole.Radio, new() { Name = "Aldri" })).ToBeCheckedAsync();
        await Accessibility.AssertNoSeriousViolationsAsync(page, "Varslinger etter avmelding");
        var second = await grimstad.CreateConsortiumAsync("Renovasjon i Østre Agder", await grimstad.PublishNeedAsync("Felles renovasjon i Grimstad", 800_000));
        await grimstad.InviteAsync(second, Risor);
        await MailAsync(smtp, Rolf, m => (m.Subject ?? "").Contains("Renovasjon i Østre Agder", StringComparison.Ordinal), silo);
        Assert.DoesNotContain(smtp.To(Rita), m => (m.Message.Subject ?? "").Contains("Renovasjon i Østre Agder", StringComparison.Ordinal));
        Assert.Single(smtp.To(Rita), m => (m.Message.Subject ?? "").Contains("Trygghet i Østre Agder", StringComparison.Ordinal));
    }

    /// <summary>A fresh browser profile in Norwegian pointed at this test's own silo.</summary>
    private async Task<Person> OpenAsync(SiloProcess silo)
    {
        var context = await app.Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = silo.BaseAddress.ToString(), Locale = "nb-NO", TimezoneId = "Europe/Oslo",
            ViewportSize = new ViewportSize { Width = 1280, Height = 900 },
        });
        context.SetDefaultTimeout((float)WebAppFixture.Patience.TotalMilliseconds);
        return new Person(context, await context.NewPageAsync());
    }

    private sealed record Person(IBrowserContext Context, IPage Page) : IAsyncDisposable
    {
        public async ValueTask DisposeAsync() => await Context.CloseAsync();
    }

    private static async Task<MimeMessage> MailAsync(TestSmtpServer smtp, string address, Func<MimeMessage, bool> which, SiloProcess silo)
    {
        var deadline = DateTime.UtcNow + TimeSpan.FromMinutes(2);
        while (true)
        {
            if (smtp.To(address).Select(m => m.Message).FirstOrDefault(which) is { } mail) return mail;
            if (DateTime.UtcNow > deadline) throw new TimeoutException($"No such mail to {address}. Silo output:\n{silo.Output}");
            await Task.Delay(250);
        }
    }

    private static async Task<string> PersonTokenAsync(SiloProcess silo, string tenant, string name, string subject, string email)
    {
        using var response = await silo.Http.PostAsJsonAsync("/auth/dev-token", new { role = "municipality", tenant, name, subject, email });
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("accessToken").GetString()!;
    }
}
