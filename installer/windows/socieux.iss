; Inno Setup 6 script of SOCIEUX+ Desktop for Windows: a per-user install (no administrator rights) of the
; PyInstaller bundle, with a start-menu shortcut, an optional desktop shortcut and an uninstaller; the setup
; speaks English, French or Spanish (the Windows language by default).
;
; On Windows, after `python installer\build.py` has made dist\socieux-desktop:
;     iscc /DAppVersion=0.1.0 installer\windows\socieux.iss
; (build.py runs that itself when iscc is on PATH.) The setup is written to dist\.

#ifndef AppVersion
  #define AppVersion "0.1.0"
#endif
#ifndef BundleDir
  #define BundleDir "..\..\dist\socieux-desktop"
#endif
#define AppName "SOCIEUX+ Desktop"
#define AppExe "socieux-desktop.exe"

[Setup]
; the AppId identifies the installation for upgrades and the uninstaller: never change it
AppId={{6F1C2B7E-5A43-4D8B-9E0F-3C1A7D2B9E41}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher=SOCIEUX+
AppPublisherURL=https://socieux.eu
AppSupportURL=https://socieux.eu
VersionInfoVersion={#AppVersion}
; per user: {autopf} is the user's Programs folder (%LOCALAPPDATA%\Programs) when not elevated
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
DefaultDirName={autopf}\{#AppName}
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
UninstallDisplayName={#AppName}
UninstallDisplayIcon={app}\{#AppExe}
SetupIconFile=socieux.ico
OutputDir=..\..\dist
OutputBaseFilename=socieux-desktop-{#AppVersion}-setup
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
ShowLanguageDialog=auto
CloseApplications=yes

[Languages]
Name: "en"; MessagesFile: "compiler:Default.isl"
Name: "fr"; MessagesFile: "compiler:Languages\French.isl"
Name: "es"; MessagesFile: "compiler:Languages\Spanish.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Files]
Source: "{#BundleDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{autoprograms}\{#AppName}"; Filename: "{app}\{#AppExe}"; WorkingDir: "{app}"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#AppExe}"; WorkingDir: "{app}"; Tasks: desktopicon

[Run]
Filename: "{app}\{#AppExe}"; Description: "{cm:LaunchProgram,{#StringChange(AppName, '&', '&&')}}"; Flags: nowait postinstall skipifsilent

[UninstallDelete]
; only what the installer put there: the workspaces in the user's data folder are kept
Type: filesandordirs; Name: "{app}\_internal"
