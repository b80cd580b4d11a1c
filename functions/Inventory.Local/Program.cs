using Inventory.Local;

return await LocalCommandLine.RunAsync(args);
