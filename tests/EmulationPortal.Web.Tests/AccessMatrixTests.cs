using System.Net;
using EmulationPortal.Application.Data;
using EmulationPortal.Application.Data.Seed;
using EmulationPortal.Domain.Campaigns;
using Microsoft.EntityFrameworkCore;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace EmulationPortal.Web.Tests;

/// <summary>
/// Every routable page and endpoint × {anonymous, Staff, UnitLeader, PoliticalOfficer, Admin} has a declared expectation,
/// checked over HTTP. Routes are discovered from the running app, so a new page without an expectation fails here.
/// </summary>
public class AccessMatrixTests(AccessMatrixTests.Host host) : IClassFixture<AccessMatrixTests.Host>
{
    public sealed class Host : PortalAppFactory
    {
        private Task<int[]>? _drives;
        private Task? _session;

        /// <summary>A draft drive and an open drive, both for PX2 only: none of the matrix's accounts but the admin may read them.</summary>
        public Task<int[]> Px2OnlyDrivesAsync() => _drives ??= SeedAsync();

        /// <summary>The demo round moved to council and its session (id 1) opened by the chair: the leader and the political officer sit on it.</summary>
        public Task CouncilSessionAsync() => _session ??= OpenSessionAsync();

        private async Task OpenSessionAsync()
        {
            await using var db = await Services.GetRequiredService<IDbContextFactory<PortalDbContext>>().CreateDbContextAsync();
            var round = await db.ReviewRounds.SingleAsync(r => r.Year == 2021);
            round.Advance();
            var council = await db.CouncilMembers.ToListAsync();
            var chair = council.Single(m => m.Role == Domain.Council.CouncilRole.Chair && m.ServesOn(new(2021, 1, 12)));
            db.CouncilSessions.Add(new Domain.Council.CouncilSession(round, new(2021, 1, 12), council, chair.UserId));
            await db.SaveChangesAsync();
        }

        private async Task<int[]> SeedAsync()
        {
            await using var db = await Services.GetRequiredService<IDbContextFactory<PortalDbContext>>().CreateDbContextAsync();
            var owner = await db.OrgUnits.SingleAsync(u => u.Code == "Z121");
            var px2 = await db.OrgUnits.SingleAsync(u => u.Code == "PX2");
            var drives = new[] { false, true }.Select(open =>
            {
                var drive = new Campaign(open ? "Đợt riêng PX2" : "Đợt nháp PX2", CampaignKind.Thematic, owner.Id, new CampaignPeriod(new(2021, 1, 5), new(2021, 1, 30), new(2021, 1, 20), null));
                drive.AddCriterion("Sản lượng", null, Measure.Number, "quả", Direction.HigherIsBetter, 1);
                drive.AddParticipatingUnit(px2.Id);
                if (open)
                {
                    drive.Open(new DateTime(2021, 1, 5, 1, 0, 0, DateTimeKind.Utc));
                }

                return drive;
            }).ToList();
            db.Campaigns.AddRange(drives);
            await db.SaveChangesAsync();
            return drives.Select(d => d.Id).ToArray();
        }
    }

    /// <summary>A = allowed (200), D = denied (403 page), S = sent to sign in, N = not found (404). Columns: anonymous, Staff, UnitLeader, PoliticalOfficer, Admin.</summary>
    private static readonly Dictionary<string, string> Expectations = new()
    {
        ["GET /"] = "SAAAA",
        ["GET /Error"] = "AAAAA",
        ["GET /not-found"] = "AAAAA",
        ["GET /Account/Login"] = "AAAAA",
        ["GET /Account/Lockout"] = "AAAAA",
        ["GET /Account/AccessDenied"] = "DDDDD",
        ["GET /Account/ChangePassword"] = "SAAAA",
        ["GET /admin/audit"] = "SDDDA",
        ["GET /admin/notifications"] = "SDDDA",
        ["GET /notifications"] = "SAAAA", // each sees only their own (InAppNotificationTests)
        ["GET /admin/units"] = "SDDDA",
        ["GET /admin/users"] = "SDDDA",
        ["GET /admin/users/import"] = "SDDDA",
        ["GET /admin/users/import/template.csv"] = "SDDDA",
        ["GET /admin/rulesets"] = "SDDDA",
        ["GET /admin/rulesets/{Id:int}"] = "SDDDA",
        ["GET /health/live"] = "AAAAA",
        ["GET /health/ready"] = "AAAAA",
        ["GET /theme.css"] = "AAAAA",
        ["GET /campaigns"] = "SAAAA",
        ["GET /campaigns/{Id:int}"] = "SAAAA",
        ["GET /campaigns/new"] = "SDDDA",
        ["GET /campaigns/{Id:int}/edit"] = "SDDDA",
        ["GET /campaigns/{Id:int}/targets"] = "SDDDA",
        ["GET /campaigns/{CampaignId:int}/pledge"] = "SAAAA",
        ["GET /campaigns/{CampaignId:int}/pledge/unit"] = "SDADD",
        ["GET /pledges"] = "SAAAA",
        ["GET /pledges/review"] = "SDADA",
        ["GET /pledges/{PledgeId:int}/progress"] = "SDDAA", // pledge 1 is the political officer's own; admins see all
        ["GET /units/progress"] = "SDADD",
        ["GET /dashboard"] = "SDAAA",
        ["GET /dashboard/{CampaignId:int}"] = "SDAAA",
        ["GET /dashboard/{CampaignId:int}/print"] = "SDAAA",
        ["GET /dashboard/{CampaignId:int}/units/{UnitId:int}"] = "SDDAA", // unit 1 is the factory: a leader drills only inside their subtree
        ["GET /recognitions"] = "SDDAA",
        ["GET /reviews"] = "SAAAA",
        ["GET /reviews/{Id:int}"] = "SAAAA", // the demo round is Z121's, so everyone in the factory takes part
        ["GET /reviews/{Id:int}/unit"] = "SDADD",
        ["GET /reviews/records"] = "SDAAA",
        ["GET /reviews/nominations/{id:int}/report.docx"] = "SAAAA", // nomination 1 is px1.cnv01's own (the matrix's staff), made by PX1
        ["GET /reviews/records/template/{kind:int}.xlsx"] = "SDAAA",
        ["GET /reports/campaigns/{id:int}.xlsx"] = "SDAAA",
        ["GET /decisions"] = "SDAAA", // the leader sits on session 1 (2021 round): the list of its rounds; staff sit on none
        ["GET /decisions/{Id:int}"] = "SDDAA", // decision 1 is the demo's 2020 decision (no session the leader sat on), line 1 its first certificate
        ["GET /decisions/{Id:int}/certificates"] = "SDDAA",
        ["GET /decisions/{Id:int}/certificates/{Line:int}"] = "SDDAA",
        ["GET /decisions/{id:int}.xlsx"] = "SDDAA",
        ["GET /decisions/register/{year:int}.xlsx"] = "SDDAA",
        ["GET /verify/{Code}"] = "NNNNN", // public, but "1" is no certificate's code (VerifyPageTests opens a real one)
        ["GET /awards"] = "SAAAA",
        ["GET /people/{PersonId}/awards"] = "SDDDD", // "1" is nobody; AwardHistoryTests covers who reads whose history
        ["GET /units/{UnitId:int}/awards"] = "SDDAA", // unit 1 is the factory: above every leader's subtree
        ["GET /council/members"] = "SDDAA",
        ["GET /council/members/{UnitId:int}"] = "SDDAA",
        ["GET /council/sessions/{Id:int}"] = "SDAAA", // its members (the leader, the political officer as secretary) and admins
        ["GET /council/sessions/{Id:int}/minutes"] = "SDAAA",
        ["GET /initiatives"] = "SAAAA",
        ["GET /initiatives/new"] = "SAAAD", // admins manage the portal, they do not write initiatives
        ["GET /initiatives/{Id:int}"] = "SAAAA", // initiative 1 is the staff account's own, in the leader's workshop
        ["GET /initiatives/{Id:int}/edit"] = "SDDDD", // recognised: nobody edits it any more
        ["GET /initiatives/register.xlsx"] = "SAAAA", // each gets the rows they may read (InitiativeAccessTests)
        ["GET /council/sessions/{id:int}/minutes.docx"] = "SDAAA", // as the minutes page
        ["GET /clusters"] = "SDAAA", // a leader outside every cluster gets an empty list
        ["GET /clusters/{Id:int}"] = "SDDAA", // PX1's leader is no member unit's; the political department of a unit under the managing one follows it
        ["GET /attachments/{id:int}"] = "SNNNN", // the demo keeps no file 1; who downloads whose file: AttachmentEndpointTests
    };

    /// <summary>
    /// The drive routes on a drive the account may not read (a draft, or a drive of another unit): refused as the drive
    /// page refuses it, never read through its dashboard, print page or export. Columns as above.
    /// </summary>
    private static readonly Dictionary<string, string> UnreadableDrive = new()
    {
        ["/campaigns/{0}"] = "SDDDA",
        ["/dashboard/{0}"] = "SDDDA",
        ["/dashboard/{0}/print"] = "SDDDA",
        ["/dashboard/{0}/units/1"] = "SDDDA",
        ["/reports/campaigns/{0}.xlsx"] = "SDDDA",
    };

    /// <summary>Routes that need a query string to mean anything.</summary>
    private static readonly Dictionary<string, string> Queries = new() { ["GET /units/progress"] = "?campaign=1" };

    /// <summary>Endpoints that are not pages to open: they act on a form post or redirect by design.</summary>
    private static readonly HashSet<string> NotPages = ["GET /culture/set", "POST /Account/Logout"];

    private static readonly string[] Accounts =
    [
        "", DemoAccounts.Workshop1Staff.Email, DemoAccounts.Workshop1Leader.Email, DemoAccounts.PoliticalOfficer.Email, DemoAccounts.Admin.Email,
    ];

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public void Every_route_of_the_portal_has_a_declared_expectation_and_every_expectation_a_route()
    {
        var routes = DiscoverRoutes();

        Assert.True(routes.SetEquals(Expectations.Keys.Concat(NotPages)),
            $"Undeclared: {string.Join(", ", routes.Except(Expectations.Keys).Except(NotPages))}; without a route: {string.Join(", ", Expectations.Keys.Except(routes))}");
    }

    public static TheoryData<int> Roles => [0, 1, 2, 3, 4];

    [Theory]
    [MemberData(nameof(Roles))]
    public async Task Each_role_gets_what_the_matrix_declares_on_every_route(int role)
    {
        await host.CouncilSessionAsync();
        var client = host.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        if (role > 0)
        {
            await client.SignInAsync(Accounts[role], ct: Ct);
        }

        var failures = new List<string>();
        foreach (var (route, expected) in Expectations)
        {
            var response = await client.GetAsync(new Uri(Concrete(route) + Queries.GetValueOrDefault(route), UriKind.Relative), Ct);
            var actual = Classify(response);
            if (actual != expected[role])
            {
                failures.Add($"[{role}] {route}: expected {expected[role]}, got {actual} ({(int)response.StatusCode} {response.Headers.Location})");
            }
        }

        Assert.True(failures.Count == 0, string.Join(Environment.NewLine, failures));
    }

    [Theory]
    [MemberData(nameof(Roles))]
    public async Task Draft_and_foreign_drives_are_refused_on_their_dashboard_print_page_and_export(int role)
    {
        var drives = await host.Px2OnlyDrivesAsync();
        var client = host.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        if (role > 0)
        {
            await client.SignInAsync(Accounts[role], ct: Ct);
        }

        var failures = new List<string>();
        foreach (var drive in drives)
        {
            foreach (var (route, expected) in UnreadableDrive)
            {
                var path = string.Format(System.Globalization.CultureInfo.InvariantCulture, route, drive);
                var response = await client.GetAsync(new Uri(path, UriKind.Relative), Ct);
                var actual = Classify(response);
                if (actual != expected[role])
                {
                    failures.Add($"[{role}] {path}: expected {expected[role]}, got {actual} ({(int)response.StatusCode} {response.Headers.Location})");
                }
            }
        }

        Assert.True(failures.Count == 0, string.Join(Environment.NewLine, failures));
    }

    private HashSet<string> DiscoverRoutes()
    {
        _ = host.Server; // builds the app
        return host.Services.GetRequiredService<EndpointDataSource>().Endpoints
            .OfType<RouteEndpoint>()
            .Where(e => e.RoutePattern.RawText is { } raw && raw.StartsWith('/') && !raw.StartsWith("/_", StringComparison.Ordinal) && !raw.Contains("**", StringComparison.Ordinal))
            .Where(e => e.Metadata.GetMetadata<Microsoft.AspNetCore.StaticAssets.StaticAssetDescriptor>() is null)
            .SelectMany(e => MethodsOf(e).Select(m => $"{m} {e.RoutePattern.RawText!.TrimEnd('/')}"))
            .Select(r => r.EndsWith(' ') ? r + "/" : r)
            .ToHashSet();
    }

    /// <summary>A page answers its own form posts with the same authorisation as its GET: it is listed once, as GET.</summary>
    private static IEnumerable<string> MethodsOf(RouteEndpoint endpoint) =>
        endpoint.Metadata.GetMetadata<Microsoft.AspNetCore.Components.Endpoints.ComponentTypeMetadata>() is not null
            ? ["GET"]
            : endpoint.Metadata.GetMetadata<HttpMethodMetadata>()?.HttpMethods ?? ["GET"];

    /// <summary>Route parameters take the demo data's ids (the founding drive is 1).</summary>
    private static string Concrete(string route) =>
        System.Text.RegularExpressions.Regex.Replace(route["GET ".Length..], @"\{[^}]+\}", "1");

    private static char Classify(HttpResponseMessage response) => response.StatusCode switch
    {
        HttpStatusCode.OK => 'A',
        HttpStatusCode.Forbidden => 'D',
        HttpStatusCode.NotFound => 'N',
        HttpStatusCode.Redirect or HttpStatusCode.Found when response.Headers.Location!.OriginalString.Contains("/Account/AccessDenied", StringComparison.Ordinal) => 'D',
        HttpStatusCode.Redirect or HttpStatusCode.Found when response.Headers.Location!.OriginalString.Contains("/Account/Login", StringComparison.Ordinal) => 'S',
        _ => '?',
    };
}
