using System.Net;
using EmulationPortal.Application.Data;
using EmulationPortal.Application.Data.Seed;
using EmulationPortal.Domain.Attachments;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace EmulationPortal.Web.Tests.Attachments;

/// <summary>
/// <c>/attachments/{id}</c> over HTTP on a file of PX4's draft initiative: its author and the political department
/// download it as an attachment with its Vietnamese name, its content's type, nosniff and no caching; staff and the
/// leader of another workshop get 404, the same as for a file that does not exist.
/// </summary>
public class AttachmentEndpointTests(PortalAppFactory host) : IClassFixture<PortalAppFactory>
{
    private const string Name = "Bản vẽ đồ gá.pdf";
    private static CancellationToken Ct => TestContext.Current.CancellationToken;
    private static int? s_id;

    private async Task<int> AttachmentOfPx4DraftAsync()
    {
        if (s_id is { } id)
        {
            return id;
        }

        await using var db = await host.Services.GetRequiredService<IDbContextFactory<PortalDbContext>>().CreateDbContextAsync(Ct);
        var draft = await db.Initiatives.SingleAsync(i => i.Title == "Đồng hồ báo quá tải cho máy nén khí", Ct);
        var author = await db.Users.Where(u => u.Email == "px4.cnv01@z121.demo").Select(u => u.Id).SingleAsync(Ct);
        var kept = Attachment.Accept(AttachmentOwner.Initiative, draft.Id, Name, TestFiles.Pdf(), 1024 * 1024, author, new DateTime(2021, 1, 12, 2, 0, 0, DateTimeKind.Utc));
        db.AttachmentContents.Add(kept);
        await db.SaveChangesAsync(Ct);
        s_id = kept.Attachment.Id;
        return kept.Attachment.Id;
    }

    private async Task<HttpResponseMessage> GetAsync(string? email, int id)
    {
        var client = host.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        if (email is not null)
        {
            await client.SignInAsync(email, ct: Ct);
        }

        return await client.GetAsync(new Uri($"/attachments/{id}", UriKind.Relative), Ct);
    }

    [Theory]
    [InlineData("px4.cnv01@z121.demo")]
    [InlineData("chinhtri@z121.demo")]
    public async Task The_author_and_the_political_department_download_it_as_a_private_attachment_of_its_detected_type(string email)
    {
        var response = await GetAsync(email, await AttachmentOfPx4DraftAsync());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(TestFiles.Pdf(), await response.Content.ReadAsByteArrayAsync(Ct));
        Assert.Equal("application/pdf", response.Content.Headers.ContentType!.MediaType);
        Assert.Equal("nosniff", Assert.Single(response.Headers.GetValues("X-Content-Type-Options")));
        Assert.Contains("no-store", response.Headers.CacheControl!.ToString(), StringComparison.Ordinal);
        var disposition = string.Join(";", response.Content.Headers.GetValues("Content-Disposition"));
        Assert.StartsWith("attachment;", disposition, StringComparison.Ordinal);
        Assert.Contains("filename*=UTF-8''" + Uri.EscapeDataString(Name), disposition, StringComparison.Ordinal);
        Assert.Contains("filename=\"Ban ve do ga.pdf\"", disposition, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("px1.truong@z121.demo")] // the leader of another workshop
    [InlineData("px1.cnv01@z121.demo")] // staff who are not its authors
    [InlineData("px4.cnv02@z121.demo")] // staff of the same workshop, not its authors
    public async Task Who_may_not_see_the_initiative_gets_not_found_as_for_a_missing_file(string email)
    {
        Assert.Equal(HttpStatusCode.NotFound, (await GetAsync(email, await AttachmentOfPx4DraftAsync())).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await GetAsync(email, 999_999)).StatusCode);
    }

    [Fact]
    public async Task Anonymous_is_sent_to_sign_in()
    {
        var response = await GetAsync(null, await AttachmentOfPx4DraftAsync());

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains("/Account/Login", response.Headers.Location!.OriginalString, StringComparison.Ordinal);
    }

    [Fact]
    public void The_ascii_stand_in_drops_diacritics_and_quotes()
    {
        Assert.Equal("attachment; filename=\"Don _a_.pdf\"; filename*=UTF-8''%C4%90%C6%A1n%20%22a%22.pdf",
            Features.Attachments.AttachmentEndpoints.ContentDisposition("Đơn \"a\".pdf"));
    }
}
