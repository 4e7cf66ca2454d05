/**
 * A recording stand-in for the `electron` module, for the main-process wiring test: only the API surface the
 * shell uses, each member typed from electron.d.ts (`satisfies` below), every call written to one ordered log.
 * Faithful where the order matters: schemes can only be registered before ready, windows, screen and protocol
 * handlers only after; a window loading app:// without a handler fails as it would in Electron.
 */
import { EventEmitter } from 'node:events';
import type * as Electron from 'electron';

/** One recorded call: the API ("app.setPath", "BrowserWindow#1.loadURL") and its arguments. */
export interface Recorded {
  readonly api: string;
  readonly args: readonly unknown[];
}

/** What the test controls and inspects. */
export interface StandInOptions {
  readonly userData: string;
  readonly version?: string;
  readonly switches?: Readonly<Record<string, string>>;
  /** What requestSingleInstanceLock answers (false: another instance runs). */
  readonly gotLock?: boolean;
  /** Folders the Import Folder dialog returns / files the Import Statements dialog returns. */
  readonly openDialogAnswer?: readonly string[];
  /** Where the save dialog says to save; cancelled when absent. */
  readonly saveDialogAnswer?: string;
}

type Listener = (...args: never[]) => unknown;
/** A handler as ipcMain.handle receives it. */
export type IpcListener = (event: Electron.IpcMainInvokeEvent, ...args: unknown[]) => unknown;
type ProtocolHandler = (request: Request) => Response | Promise<Response>;

/** A stand-in window; `webContents.sent` holds what was sent to its renderer. */
export class StandInWindow extends EventEmitter {
  readonly id: number;
  readonly options: Electron.BrowserWindowConstructorOptions;
  readonly webContents: StandInWebContents;
  destroyed = false;
  maximized = false;
  bounds: Electron.Rectangle;
  constructor(
    private readonly host: ElectronStandIn,
    options: Electron.BrowserWindowConstructorOptions,
  ) {
    super();
    this.id = host.windows.length + 1;
    this.options = options;
    this.bounds = {
      x: options.x ?? 100,
      y: options.y ?? 100,
      width: options.width ?? 800,
      height: options.height ?? 600,
    };
    this.webContents = new StandInWebContents(host, `BrowserWindow#${this.id}.webContents`);
  }
  private record(method: string, ...args: unknown[]): void {
    this.host.record(`BrowserWindow#${this.id}.${method}`, ...args);
  }
  override on(event: string, listener: (...args: unknown[]) => void): this {
    this.record('on', event);
    return super.on(event, listener);
  }
  override once(event: string, listener: (...args: unknown[]) => void): this {
    this.record('once', event);
    return super.once(event, listener);
  }
  /** Loads a URL as Electron would: app:// goes through the registered handler, which must exist. */
  async loadURL(url: string): Promise<void> {
    this.record('loadURL', url);
    const scheme = new URL(url).protocol.slice(0, -1);
    const handler = this.host.protocolHandlers(this.options.webPreferences?.session).get(scheme);
    if (!handler) {
      const failure = new Error(`ERR_UNKNOWN_URL_SCHEME: no handler for ${scheme}:// when loading ${url}`);
      this.host.failures.push(failure.message);
      throw failure;
    }
    const response = await handler(new Request(url));
    this.webContents.loaded = {
      url,
      status: response.status,
      headers: response.headers,
      body: await response.text(),
    };
    this.webContents.mainFrame.url = url;
    setImmediate(() => {
      if (!this.destroyed) this.emit('ready-to-show');
    });
  }
  show(): void {
    this.record('show');
  }
  focus(): void {
    this.record('focus');
  }
  restore(): void {
    this.record('restore');
  }
  isMinimized(): boolean {
    return false;
  }
  maximize(): void {
    this.record('maximize');
    this.maximized = true;
  }
  isMaximized(): boolean {
    return this.maximized;
  }
  getNormalBounds(): Electron.Rectangle {
    return this.bounds;
  }
  setBackgroundColor(color: string): void {
    this.record('setBackgroundColor', color);
  }
  setTitle(title: string): void {
    this.record('setTitle', title);
  }
  isDestroyed(): boolean {
    return this.destroyed;
  }
  destroy(): void {
    this.record('destroy');
    this.destroyed = true;
  }
  /** What the person closing the window does: 'close', then 'closed'. */
  close(): void {
    this.record('close');
    this.emit('close', { preventDefault: () => undefined });
    this.destroyed = true;
    this.emit('closed');
  }
}

/** A stand-in web contents. */
export class StandInWebContents extends EventEmitter {
  readonly mainFrame = { url: '' };
  readonly sent: { readonly channel: string; readonly args: readonly unknown[] }[] = [];
  loaded: { url: string; status: number; headers: Headers; body: string } | null = null;
  windowOpenHandler: ((details: { url: string }) => unknown) | null = null;
  constructor(
    private readonly host: ElectronStandIn,
    private readonly name: string,
  ) {
    super();
  }
  override on(event: string, listener: (...args: unknown[]) => void): this {
    this.host.record(`${this.name}.on`, event);
    return super.on(event, listener);
  }
  send(channel: string, ...args: unknown[]): void {
    this.host.record(`${this.name}.send`, channel, ...args);
    this.sent.push({ channel, args });
  }
  setWindowOpenHandler(handler: (details: { url: string }) => unknown): void {
    this.host.record(`${this.name}.setWindowOpenHandler`);
    this.windowOpenHandler = handler;
  }
  isDestroyed(): boolean {
    return false;
  }
  async printToPDF(options: Electron.PrintToPDFOptions): Promise<Buffer> {
    this.host.record(`${this.name}.printToPDF`, options);
    return Buffer.from(`%PDF-1.7 stand-in of ${this.loaded?.url ?? '?'}`);
  }
}

/** A stand-in session (the default one or a partition): permission handlers, protocol, webRequest. */
type BeforeRequest = (details: { url: string }, callback: (r: { cancel?: boolean }) => void) => void;

function standInSession(host: ElectronStandIn, name: string) {
  const handlers = new Map<string, ProtocolHandler>();
  const self: {
    name: string;
    handlers: Map<string, ProtocolHandler>;
    beforeRequest: BeforeRequest | null;
    setPermissionRequestHandler: (handler: unknown) => void;
    setPermissionCheckHandler: (handler: unknown) => void;
    protocol: { handle: (scheme: string, handler: ProtocolHandler) => void };
    webRequest: { onBeforeRequest: (listener: BeforeRequest | null) => void };
  } = {
    name,
    handlers,
    beforeRequest: null,
    setPermissionRequestHandler: (handler: unknown) =>
      host.record(`${name}.setPermissionRequestHandler`, handler),
    setPermissionCheckHandler: (handler: unknown) =>
      host.record(`${name}.setPermissionCheckHandler`, handler),
    protocol: {
      handle: (scheme: string, handler: ProtocolHandler) => {
        host.record(`${name}.protocol.handle`, scheme);
        host.requireReady(`${name}.protocol.handle`);
        handlers.set(scheme, handler);
      },
    },
    webRequest: {
      onBeforeRequest: (listener: BeforeRequest | null) => {
        host.record(`${name}.webRequest.onBeforeRequest`);
        self.beforeRequest = listener;
      },
    },
  };
  return self;
}

/** The stand-in and its log. */
export class ElectronStandIn {
  readonly log: Recorded[] = [];
  readonly failures: string[] = [];
  readonly windows: StandInWindow[] = [];
  readonly ipcHandlers = new Map<string, IpcListener>();
  readonly menus: Electron.MenuItemConstructorOptions[][] = [];
  readonly errorBoxes: { title: string; content: string }[] = [];
  readonly appEvents = new EventEmitter();
  isReady = false;
  quitCalls = 0;
  private readonly paths = new Map<string, string>();
  private resolveReady: () => void = () => undefined;
  private readonly readyPromise = new Promise<void>((resolve) => {
    this.resolveReady = resolve;
  });
  readonly defaultSession: ReturnType<typeof standInSession>;
  readonly partitions = new Map<string, ReturnType<typeof standInSession>>();
  /** The `electron` module the main bundle receives. */
  readonly module: Record<string, unknown>;

  constructor(readonly options: StandInOptions) {
    this.paths.set('userData', options.userData);
    this.paths.set('documents', options.userData);
    this.defaultSession = standInSession(this, 'session.defaultSession');
    // The members below are plain objects, a getter and a class, which cannot see this constructor's `this`.
    // eslint-disable-next-line @typescript-eslint/no-this-alias
    const host = this;

    const app = {
      on: (event: string, listener: Listener): void => {
        host.record('app.on', event);
        host.appEvents.on(event, listener as (...args: unknown[]) => void);
      },
      once: (event: string, listener: Listener): void => {
        host.record('app.once', event);
        host.appEvents.once(event, listener as (...args: unknown[]) => void);
      },
      whenReady: () => {
        host.record('app.whenReady');
        return host.readyPromise;
      },
      isReady: () => host.isReady,
      quit: () => {
        host.record('app.quit');
        host.quitCalls++;
      },
      exit: (code?: number) => host.record('app.exit', code),
      getPath: (name: Parameters<Electron.App['getPath']>[0]) => {
        const path = host.paths.get(name);
        if (path === undefined) throw new Error(`stand-in: no path for ${name}`);
        return path;
      },
      setPath: (name: string, path: string) => {
        host.record('app.setPath', name, path);
        // Electron throws on a relative path ("Path must be absolute").
        if (!path.startsWith('/') && !/^[A-Za-z]:[\\/]/.test(path))
          throw new Error(`Path must be absolute: ${path}`);
        host.paths.set(name, path);
      },
      getVersion: () => options.version ?? '0.1.0',
      isPackaged: false,
      commandLine: {
        getSwitchValue: (name: string) => options.switches?.[name] ?? '',
      },
      requestSingleInstanceLock: (additionalData?: Record<string, unknown>) => {
        host.record('app.requestSingleInstanceLock', additionalData);
        return options.gotLock ?? true;
      },
    } satisfies Pick<
      Electron.App,
      | 'whenReady'
      | 'isReady'
      | 'quit'
      | 'exit'
      | 'getPath'
      | 'setPath'
      | 'getVersion'
      | 'isPackaged'
      | 'requestSingleInstanceLock'
    > & {
      commandLine: Pick<Electron.CommandLine, 'getSwitchValue'>;
      // Events: one loose signature for Electron's overloads; the wiring test emits them with Electron's arguments.
      on: (event: string, listener: Listener) => void;
      once: (event: string, listener: Listener) => void;
    };

    const protocol = {
      registerSchemesAsPrivileged: (schemes: Electron.CustomScheme[]) => {
        host.record('protocol.registerSchemesAsPrivileged', schemes);
        if (host.isReady)
          throw new Error('registerSchemesAsPrivileged must be called before the app is ready');
      },
      handle: (scheme: string, handler: ProtocolHandler) =>
        host.defaultSession.protocol.handle(scheme, handler),
    } satisfies Pick<Electron.Protocol, 'registerSchemesAsPrivileged' | 'handle'>;

    const ipcMain = {
      handle: (channel: string, listener: IpcListener) => {
        host.record('ipcMain.handle', channel);
        if (host.ipcHandlers.has(channel))
          throw new Error(`Attempted to register a second handler for '${channel}'`);
        host.ipcHandlers.set(channel, listener);
      },
    } satisfies Pick<Electron.IpcMain, 'handle'>;

    const Menu = {
      buildFromTemplate: (template: Electron.MenuItemConstructorOptions[]) => {
        host.record('Menu.buildFromTemplate');
        return { template };
      },
      setApplicationMenu: (menu: { template: Electron.MenuItemConstructorOptions[] } | null) => {
        host.record('Menu.setApplicationMenu');
        if (menu) host.menus.push(menu.template);
      },
    };

    const nativeTheme = {
      themeSource: 'system' as Electron.NativeTheme['themeSource'],
      shouldUseDarkColors: false,
    } satisfies Pick<Electron.NativeTheme, 'themeSource' | 'shouldUseDarkColors'>;
    const recordedTheme = new Proxy(nativeTheme, {
      set: (target, key, value) => {
        if (key === 'themeSource') host.record('nativeTheme.themeSource=', value);
        return Reflect.set(target, key, value);
      },
    });

    const dialog = {
      showErrorBox: (title: string, content: string) => {
        host.record('dialog.showErrorBox', title, content);
        host.errorBoxes.push({ title, content });
      },
      showOpenDialog: async (_window: unknown, dialogOptions: Electron.OpenDialogOptions) => {
        host.record('dialog.showOpenDialog', dialogOptions.properties);
        const filePaths = [...(options.openDialogAnswer ?? [])];
        return { canceled: filePaths.length === 0, filePaths };
      },
      showMessageBox: async (_window: unknown, box: Electron.MessageBoxOptions) => {
        host.record('dialog.showMessageBox', box.message);
        return { response: 0, checkboxChecked: false };
      },
      showSaveDialog: async (...args: unknown[]) => {
        host.record('dialog.showSaveDialog', args.at(-1));
        const filePath = options.saveDialogAnswer ?? '';
        return { canceled: filePath === '', filePath };
      },
    };

    const screen = {
      getAllDisplays: () => {
        host.requireReady('screen.getAllDisplays');
        return [{ workArea: { x: 0, y: 0, width: 1920, height: 1080 } }];
      },
    };

    const session = {
      get defaultSession() {
        host.requireReady('session.defaultSession');
        return host.defaultSession;
      },
      fromPartition: (partition: string) => {
        host.record('session.fromPartition', partition);
        host.requireReady('session.fromPartition');
        let found = host.partitions.get(partition);
        if (!found) {
          found = standInSession(host, `session[${partition}]`);
          host.partitions.set(partition, found);
        }
        return found;
      },
    };

    const BrowserWindow = class extends StandInWindow {
      constructor(windowOptions: Electron.BrowserWindowConstructorOptions) {
        host.requireReady('new BrowserWindow');
        super(host, windowOptions);
        host.windows.push(this);
        host.record('new BrowserWindow', windowOptions);
      }
    };

    this.module = {
      app,
      protocol,
      ipcMain,
      Menu,
      nativeTheme: recordedTheme,
      dialog,
      screen,
      session,
      BrowserWindow,
      shell: { openExternal: async (url: string) => host.record('shell.openExternal', url) },
    };
  }

  /** Appends to the log. */
  record(api: string, ...args: unknown[]): void {
    this.log.push({ api, args });
  }

  /** Throws, as Electron does, when an API that needs a ready app is used before. */
  requireReady(api: string): void {
    if (!this.isReady) {
      this.failures.push(`${api} before ready`);
      throw new Error(`${api} cannot be used before the app is ready`);
    }
  }

  /** The protocol handlers of a session (the default one when none is given). */
  protocolHandlers(session: unknown): Map<string, ProtocolHandler> {
    const found = [...this.partitions.values()].find((s) => s === session);
    return (found ?? this.defaultSession).handlers;
  }

  /** Makes the app ready: whenReady resolves, 'ready' is emitted. */
  ready(): void {
    this.record('(ready)');
    this.isReady = true;
    this.resolveReady();
    this.appEvents.emit('ready');
  }

  /** Emits an app event as Electron would, returning the event object (to see preventDefault). */
  emitApp(event: string, ...args: unknown[]): { defaultPrevented: boolean } {
    const object = {
      defaultPrevented: false,
      preventDefault() {
        object.defaultPrevented = true;
      },
    };
    this.appEvents.emit(event, object, ...args);
    return object;
  }

  /** The index of the first log entry matching `api` (and `pred`), or -1. */
  indexOf(api: string, pred: (args: readonly unknown[]) => boolean = () => true): number {
    return this.log.findIndex((entry) => entry.api === api && pred(entry.args));
  }
}
