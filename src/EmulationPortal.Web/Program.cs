using EmulationPortal.Application.Data;
using EmulationPortal.Web.Hosting;
using EmulationPortal.Web.Hosting.Scheduling;

var builder = WebApplication.CreateBuilder(args);

builder.AddPortalLogging();
builder.Services.AddPortalDatabase(builder.Configuration, builder.Environment.ContentRootPath);
builder.Services.AddPortalApplication(builder.Configuration, builder.Environment);
builder.Services.AddPortalIdentity(builder.Environment, builder.Configuration);
builder.Services.AddPortalSecurity(builder.Configuration);
builder.Services.AddPortalLocalization();
builder.Services.AddPortalHealthChecks();
builder.Services.AddPortalUi();
builder.Services.AddPortalScheduler(builder.Configuration, builder.Environment.ContentRootPath);

var app = builder.Build();

if (await MaintenanceCommands.TryRunAsync(app, args) is { } exitCode)
{
    return exitCode;
}

await app.Services.InitialiseDatabaseAsync();

app.UsePortalPipeline();
app.MapPortalEndpoints();

await app.RunAsync();
return 0;

/// <summary>Visible to WebApplicationFactory in the tests.</summary>
public partial class Program;
