/**
 * A throw-away public key infrastructure for the Partner Center webhook tests, made with the openssl
 * command at test time (nothing to expire in the repository): a trusted root, an issuing CA under it,
 * signing certificates named like Partner Center's (CN pcnotifications.microsoft.com,
 * O Microsoft Corporation), an untrusted root, and the TLS certificate of a loopback https server
 * (127.0.0.1) issued by the trusted root. The trusted root is written to a PEM file to be used as
 * NODE_EXTRA_CA_CERTS.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

export const PARTNER_CENTER_SUBJECT =
  '/C=US/ST=WA/L=Redmond/O=Microsoft Corporation/CN=pcnotifications.microsoft.com';

const CONFIG = `
[ca]
default_ca = test_ca
[test_ca]
dir = .
database = index.txt
new_certs_dir = .
serial = serial
default_md = sha256
policy = any_name
unique_subject = no
copy_extensions = none
[any_name]
commonName = supplied
organizationName = optional
countryName = optional
stateOrProvinceName = optional
localityName = optional
[issuing_ca]
basicConstraints = critical,CA:true,pathlen:0
keyUsage = critical,keyCertSign,cRLSign
subjectKeyIdentifier = hash
authorityKeyIdentifier = keyid
[signing]
basicConstraints = CA:false
keyUsage = critical,digitalSignature,keyEncipherment
extendedKeyUsage = serverAuth,clientAuth
subjectKeyIdentifier = hash
authorityKeyIdentifier = keyid
[signing_aia]
basicConstraints = CA:false
keyUsage = critical,digitalSignature,keyEncipherment
subjectKeyIdentifier = hash
authorityKeyIdentifier = keyid
authorityInfoAccess = caIssuers;URI:$ENV::AIA_URL
[loopback]
basicConstraints = CA:false
keyUsage = critical,digitalSignature,keyEncipherment
extendedKeyUsage = serverAuth
subjectAltName = IP:127.0.0.1
`;

export interface Issued {
  /** PEM of the certificate. */
  cert: string;
  /** PEM of its private key. */
  key: string;
  /** The certificate in DER, as a `.cer` file usually is. */
  der: Buffer;
}

export interface IssueOptions {
  subject?: string;
  /** Who signs: the trusted issuing CA (default), the untrusted root, or the certificate itself. */
  by?: 'issuing-ca' | 'untrusted-root' | 'itself';
  /** Validity as openssl dates (YYYYMMDDHHMMSSZ); default from now for 30 days. */
  startDate?: string;
  endDate?: string;
  /** An Authority Information Access "CA Issuers" URL naming the issuing CA's certificate. */
  issuerUrl?: string;
}

/** openssl req arguments for a fresh unencrypted RSA key written to `<name>.key`. */
function newKey(name: string): string[] {
  return ['-newkey', 'rsa:2048', '-nodes', '-keyout', `${name}.key`];
}

export class WebhookCertificateAuthority {
  readonly dir = mkdtempSync(path.join(tmpdir(), 'webhook-pki-'));
  /** The PEM file to use as NODE_EXTRA_CA_CERTS: the trusted root. */
  readonly extraCaCertsFile = path.join(this.dir, 'extra-ca.pem');
  readonly root: Issued;
  readonly issuingCa: Issued;
  readonly untrustedRoot: Issued;
  /** TLS certificate and key for an https server on 127.0.0.1. */
  readonly loopbackTls: Issued;
  private serial = 0;

  constructor() {
    writeFileSync(path.join(this.dir, 'openssl.cnf'), CONFIG);
    writeFileSync(path.join(this.dir, 'index.txt'), '');
    writeFileSync(path.join(this.dir, 'serial'), '1000\n');
    this.root = this.selfSigned('root', '/O=Reseller Desk Test/CN=Reseller Desk Test Root', true);
    this.untrustedRoot = this.selfSigned(
      'untrusted-root',
      '/O=Microsoft Corporation/CN=Untrusted Root',
      true,
    );
    this.issuingCa = this.sign('issuing-ca', '/C=US/O=Microsoft Corporation/CN=Test TLS Issuing CA', {
      caCert: 'root',
      extensions: 'issuing_ca',
    });
    this.loopbackTls = this.sign('loopback', '/CN=127.0.0.1', { caCert: 'root', extensions: 'loopback' });
    writeFileSync(this.extraCaCertsFile, this.root.cert);
  }

  /** A webhook signing certificate (default: Partner Center's name, issued by the trusted issuing CA). */
  issue(options: IssueOptions = {}): Issued {
    const name = `signing-${++this.serial}`;
    const subject = options.subject ?? PARTNER_CENTER_SUBJECT;
    if (options.by === 'itself') return this.selfSigned(name, subject, false);
    return this.sign(name, subject, {
      caCert: options.by === 'untrusted-root' ? 'untrusted-root' : 'issuing-ca',
      extensions: options.issuerUrl ? 'signing_aia' : 'signing',
      startDate: options.startDate,
      endDate: options.endDate,
      env: options.issuerUrl ? { AIA_URL: options.issuerUrl } : {},
    });
  }

  dispose(): void {
    rmSync(this.dir, { recursive: true, force: true });
  }

  private openssl(args: string[], env: Record<string, string> = {}): void {
    execFileSync('openssl', args, {
      cwd: this.dir,
      stdio: 'pipe',
      env: { ...process.env, AIA_URL: 'http://127.0.0.1/unused', ...env },
    });
  }

  private read(name: string): Issued {
    const cert = readFileSync(path.join(this.dir, `${name}.pem`), 'utf8');
    this.openssl(['x509', '-in', `${name}.pem`, '-outform', 'DER', '-out', `${name}.der`]);
    return {
      cert,
      key: readFileSync(path.join(this.dir, `${name}.key`), 'utf8'),
      der: readFileSync(path.join(this.dir, `${name}.der`)),
    };
  }

  private selfSigned(name: string, subject: string, ca: boolean): Issued {
    const extensions = ca
      ? ['-addext', 'basicConstraints=critical,CA:true', '-addext', 'keyUsage=critical,keyCertSign,cRLSign']
      : ['-addext', 'basicConstraints=CA:false', '-addext', 'keyUsage=critical,digitalSignature'];
    this.openssl([
      'req',
      '-x509',
      ...newKey(name),
      '-out',
      `${name}.pem`,
      '-days',
      '3650',
      '-subj',
      subject,
      ...extensions,
    ]);
    return this.read(name);
  }

  private sign(
    name: string,
    subject: string,
    options: {
      caCert: string;
      extensions: string;
      startDate?: string;
      endDate?: string;
      env?: Record<string, string>;
    },
  ): Issued {
    this.openssl(['req', ...newKey(name), '-out', `${name}.csr`, '-subj', subject]);
    const dates = [
      ...(options.startDate ? ['-startdate', options.startDate] : []),
      ...(options.endDate ? ['-enddate', options.endDate] : ['-days', '30']),
    ];
    this.openssl(
      [
        'ca',
        '-batch',
        '-notext',
        '-config',
        'openssl.cnf',
        '-cert',
        `${options.caCert}.pem`,
        '-keyfile',
        `${options.caCert}.key`,
        '-in',
        `${name}.csr`,
        '-out',
        `${name}.pem`,
        '-extensions',
        options.extensions,
        ...dates,
      ],
      options.env,
    );
    return this.read(name);
  }
}
