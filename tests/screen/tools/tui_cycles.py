#!/usr/bin/env python3
# tui_cycles.py OBJDIR [-v]: the interface's files must not call each other
# in a circle. Reads the symbols each object defines and uses (nm), links
# file A to file B when A uses what B defines, and prints every strongly
# connected group of two or more files (-v: every file's links too).
# Exit 0 when there is none, 1 otherwise.
import subprocess,glob,os,sys
objs=sorted(glob.glob(sys.argv[1]+'/*.o'))
if not objs:
    print('no objects in', sys.argv[1]); sys.exit(1)
defs={};undefs={}
for o in objs:
    n=os.path.basename(o)[:-2]
    out=subprocess.run(['nm',o],capture_output=True,text=True).stdout
    d=set();u=set()
    for l in out.splitlines():
        p=l.split()
        if len(p)==3 and p[1] in 'TDBR': d.add(p[2])
        elif len(p)==2 and p[0]=='U': u.add(p[1])
    defs[n]=d;undefs[n]=u
edges={n:set() for n in defs}
for n in defs:
    for m in defs:
        if n!=m and undefs[n]&defs[m]: edges[n].add(m)
# tarjan
idx={};low={};st=[];on=set();res=[];c=[0]
def sc(v):
    idx[v]=low[v]=c[0];c[0]+=1;st.append(v);on.add(v)
    for w in edges[v]:
        if w not in idx: sc(w);low[v]=min(low[v],low[w])
        elif w in on: low[v]=min(low[v],idx[w])
    if low[v]==idx[v]:
        comp=[]
        while True:
            w=st.pop();on.discard(w);comp.append(w)
            if w==v:break
        res.append(comp)
for v in edges:
    if v not in idx: sc(v)
bad=0
for comp in res:
    if len(comp)>1:
        print('tui files calling each other in a circle:', ' '.join(sorted(comp)))
        bad=1
if len(sys.argv)>2:
    for n in sorted(edges): print(n,'->',sorted(edges[n]))
sys.exit(bad)
