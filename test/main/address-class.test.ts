import { describe, expect, it } from 'vitest';
import { classifyAddress, classifyIPv4, classifyIPv6, ipv6Groups } from '../../main/net/address-class';

describe('address classification for outbound calls', () => {
  it('sorts IPv4 addresses into the ranges a webhook must not reach, at their edges', () => {
    const cases: [string, ReturnType<typeof classifyIPv4>][] = [
      ['0.0.0.0', 'unspecified'],
      ['0.255.255.255', 'unspecified'],
      ['10.0.0.1', 'private'],
      ['10.255.255.255', 'private'],
      ['11.0.0.1', null],
      ['100.63.255.255', null],
      ['100.64.0.1', 'cgnat'],
      ['100.127.255.255', 'cgnat'],
      ['100.128.0.0', null],
      ['127.0.0.1', 'loopback'],
      ['127.255.255.254', 'loopback'],
      ['169.254.169.254', 'linkLocal'],
      ['169.253.255.255', null],
      ['172.15.255.255', null],
      ['172.16.0.1', 'private'],
      ['172.31.255.255', 'private'],
      ['172.32.0.0', null],
      ['192.0.2.10', 'reserved'],
      ['192.168.1.1', 'private'],
      ['192.169.0.1', null],
      ['198.18.0.1', 'reserved'],
      ['198.19.255.255', 'reserved'],
      ['198.20.0.0', null],
      ['203.0.113.5', 'reserved'],
      ['224.0.0.1', 'multicast'],
      ['239.255.255.250', 'multicast'],
      ['240.0.0.1', 'reserved'],
      ['255.255.255.255', 'reserved'],
      ['8.8.8.8', null],
      ['93.184.216.34', null],
    ];
    expect(cases.map(([ip]) => [ip, classifyIPv4(ip)])).toEqual(cases);
  });

  it('expands IPv6 addresses, with :: anywhere and a dotted IPv4 tail', () => {
    expect(ipv6Groups('::1')).toEqual([0, 0, 0, 0, 0, 0, 0, 1]);
    expect(ipv6Groups('fe80::1:2')).toEqual([0xfe80, 0, 0, 0, 0, 0, 1, 2]);
    expect(ipv6Groups('::ffff:127.0.0.1')).toEqual([0, 0, 0, 0, 0, 0xffff, 0x7f00, 1]);
    expect(ipv6Groups('[2001:db8:0:0:1:0:0:1]')).toEqual([0x2001, 0xdb8, 0, 0, 1, 0, 0, 1]);
    expect(ipv6Groups('fe80::1%eth0')).toEqual([0xfe80, 0, 0, 0, 0, 0, 0, 1]);
  });

  it('sorts IPv6 addresses, judging IPv4 carried inside one as that IPv4', () => {
    const cases: [string, ReturnType<typeof classifyIPv6>][] = [
      ['::', 'unspecified'],
      ['::1', 'loopback'],
      ['0:0:0:0:0:0:0:1', 'loopback'],
      ['::ffff:127.0.0.1', 'loopback'],
      ['::ffff:7f00:1', 'loopback'],
      ['::ffff:10.1.2.3', 'private'],
      ['::ffff:169.254.169.254', 'linkLocal'],
      ['::ffff:0.0.0.0', 'unspecified'],
      ['::ffff:8.8.8.8', null],
      ['::127.0.0.1', 'loopback'],
      ['::8.8.8.8', 'reserved'],
      ['64:ff9b::7f00:1', 'loopback'],
      ['64:ff9b::808:808', null],
      ['64:ff9b:1::1', 'private'],
      ['2002:7f00:1::', 'loopback'],
      ['2002:c0a8:101::1', 'private'],
      ['fc00::1', 'private'],
      ['fd12:3456:789a::1', 'private'],
      ['fe80::1', 'linkLocal'],
      ['febf::1', 'linkLocal'],
      ['fec0::1', 'private'],
      ['ff02::1', 'multicast'],
      ['2001:db8::1', 'reserved'],
      ['2001::1', 'reserved'],
      ['100::1', 'reserved'],
      ['2a00:1450:4001:80b::200e', null],
      ['2606:4700:4700::1111', null],
    ];
    expect(cases.map(([ip]) => [ip, classifyIPv6(ip)])).toEqual(cases);
  });

  it('takes either family, with or without brackets, and treats a non-address as reserved', () => {
    expect(classifyAddress('[::1]')).toBe('loopback');
    expect(classifyAddress('127.0.0.1')).toBe('loopback');
    expect(classifyAddress('1.1.1.1')).toBeNull();
    expect(classifyAddress('localhost')).toBe('reserved');
    expect(classifyAddress('127.1')).toBe('reserved');
  });
});
