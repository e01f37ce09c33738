using EmulationPortal.Application.Common;
using EmulationPortal.Application.Notifications;
using FluentValidation;
using Microsoft.Extensions.DependencyInjection;

namespace EmulationPortal.Application;

public static class ApplicationRegistration
{
    /// <summary>Every <see cref="IUseCase"/> class, scoped (each creates a short-lived DbContext per call), the validators they run, the dashboards' shared facts cache and the attachment limits (defaults; the host binds its configuration).</summary>
    public static IServiceCollection AddPortalUseCases(this IServiceCollection services)
    {
        var useCases = typeof(ApplicationRegistration).Assembly.GetTypes()
            .Where(t => t is { IsClass: true, IsAbstract: false } && typeof(IUseCase).IsAssignableFrom(t));
        foreach (var useCase in useCases)
        {
            services.AddScoped(useCase);
        }

        services.AddSingleton<Dashboards.DashboardFactsCache>();
        services.AddSingleton<Dashboards.DashboardChangeNotifier>();
        services.AddOptions<Attachments.AttachmentOptions>()
            .Validate(o => o.MaxFileBytes > 0 && o.MaxFilesPerOwner > 0, "Attachments:MaxFileBytes and Attachments:MaxFilesPerOwner are positive.");
        // Notifications: the options (SMTP off unless configured), the outbox the use cases write to, the circuits' signal.
        services.AddOptions<NotificationOptions>().BindConfiguration(NotificationOptions.Section);
        services.AddSingleton<NotificationOutbox>();
        services.AddSingleton<NotificationSignal>();
        services.AddSingleton<SmtpMailer>();
        services.AddScoped<EmailDelivery>();
        services.AddScoped<DeadlineReminders>();
        services.AddValidatorsFromAssembly(typeof(ApplicationRegistration).Assembly, includeInternalTypes: true);
        return services;
    }
}
