using Inventory.Api;
using Inventory.Azure.Documents;
using Inventory.Channels.Common;
using Inventory.Azure.Messaging;
using Inventory.Azure.Stock;
using Inventory.Azure.Sync;
using Inventory.Core.Sync;
using Inventory.Functions.Sync;
using Microsoft.Azure.Functions.Worker.Builder;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

var builder = FunctionsApplication.CreateBuilder(args);

builder.ConfigureFunctionsWebApplication();

builder.Services.AddInventoryApi(builder.Configuration);
builder.Services.AddCosmosStockStore(builder.Configuration);
builder.Services.AddCosmosDocumentStore(builder.Configuration);
builder.Services.AddMarketplaceChannels(builder.Configuration);
builder.Services.AddServiceBusMovementPipeline(builder.Configuration);

// Channel sync: one Durable orchestration per SKU, sync state in Azure Tables.
builder.Services.AddTableSyncStateStore(builder.Configuration);
builder.Services.AddSingleton<IChannelTargetCalculator, PooledTargetCalculator>();
builder.Services.AddSingleton<ChannelSyncService>();
builder.Services.AddSingleton<CapturedDurableClientSource>();
builder.Services.AddSingleton<IDurableClientSource>(sp => sp.GetRequiredService<CapturedDurableClientSource>());
builder.Services.AddSingleton<ISyncRequester, DurableSyncRequester>();

builder.Build().Run();
